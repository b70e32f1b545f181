namespace PerfReport.Rendering.Docx;

/// <summary>The checks and column widths of a <see cref="TableSpec"/> before <see cref="BodyXmlWriter"/> writes it.</summary>
internal static class TableShape
{
    /// <summary>The column widths of <paramref name="spec"/> in twips for a text area <paramref name="textWidth"/> wide.</summary>
    public static IReadOnlyList<int> Widths(TableSpec spec, int textWidth) =>
        spec.Columns.Resolve(textWidth, spec.Rows, TablePages.EmTwips(spec.FontSize));

    /// <summary>A malformed table is a bug in the caller, not a user error: it throws.</summary>
    public static void Validate(TableSpec spec)
    {
        if (spec.HeaderRowCount < 0 || spec.HeaderRowCount > spec.Rows.Count)
        {
            throw new ArgumentException($"HeaderRowCount {spec.HeaderRowCount} is outside 0..{spec.Rows.Count}.", nameof(spec));
        }

        var above = new Dictionary<int, (int Span, VerticalMerge Merge)>();
        for (int r = 0; r < spec.Rows.Count; r++)
        {
            var current = new Dictionary<int, (int Span, VerticalMerge Merge)>();
            int column = 0;
            foreach (var cell in spec.Rows[r].Cells)
            {
                if (cell.ColumnSpan < 1)
                {
                    throw new ArgumentException($"Row {r + 1}, column {column + 1}: ColumnSpan must be at least 1.", nameof(spec));
                }

                if (cell.Merge == VerticalMerge.Continue
                    && (!above.TryGetValue(column, out var up) || up.Span != cell.ColumnSpan || up.Merge == VerticalMerge.None))
                {
                    throw new ArgumentException(
                        $"Row {r + 1}, column {column + 1}: a merge continuation needs a merged cell of the same span above it.", nameof(spec));
                }

                current[column] = (cell.ColumnSpan, cell.Merge);
                column += cell.ColumnSpan;
            }

            if (column != spec.Columns.Count)
            {
                throw new ArgumentException($"Row {r + 1} spans {column} columns; the table has {spec.Columns.Count}.", nameof(spec));
            }

            above = current;
        }
    }
}
