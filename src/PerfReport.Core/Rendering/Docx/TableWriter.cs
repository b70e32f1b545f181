using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Rendering.Docx;

/// <summary>
/// Turns a <see cref="TableSpec"/> into a w:tbl: fixed layout over a w:tblGrid, single 0.5pt borders, real merges
/// (w:gridSpan, w:vMerge), cells centred vertically, header rows repeated (w:tblHeader), rows of figures never split
/// across pages (w:cantSplit), rows of free text allowed to.
/// </summary>
internal static class TableWriter
{
    /// <summary>The table; relative column widths fill <paramref name="textWidth"/> exactly.</summary>
    public static Table Write(TableSpec spec, int textWidth, string? cellStyleId) =>
        Write(spec, Widths(spec, textWidth), cellStyleId);

    /// <summary>The column widths of <paramref name="spec"/> in twips for a text area <paramref name="textWidth"/> wide.</summary>
    public static IReadOnlyList<int> Widths(TableSpec spec, int textWidth) =>
        spec.Columns.Resolve(textWidth, spec.Rows, TablePages.EmTwips(spec.FontSize));

    /// <summary>The table with the given column widths (twips).</summary>
    public static Table Write(TableSpec spec, IReadOnlyList<int> widths, string? cellStyleId)
    {
        Validate(spec);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                CellMargins()),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        for (int r = 0; r < spec.Rows.Count; r++)
        {
            var rowProperties = spec.Rows[r].MaySplit ? new TableRowProperties() : new TableRowProperties(new CantSplit());
            if (r < spec.HeaderRowCount)
            {
                rowProperties.Append(new TableHeader());
            }

            var row = rowProperties.HasChildren ? new TableRow(rowProperties) : new TableRow();
            int column = 0;
            foreach (var cell in spec.Rows[r].Cells)
            {
                int width = widths.Skip(column).Take(cell.ColumnSpan).Sum();
                row.Append(Cell(cell, width, cellStyleId, spec.Rows[r].KeepWithNext));
                column += cell.ColumnSpan;
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>1 mm left and right: forms of many narrow columns need the room more than the air.</summary>
    private static TableCellMarginDefault CellMargins() => new(
        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa });

    private static TableCell Cell(TableCellSpec cell, int width, string? styleId, bool keepWithNext)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            GridSpan = cell.ColumnSpan > 1 ? new GridSpan { Val = cell.ColumnSpan } : null,
            VerticalMerge = cell.Merge switch
            {
                VerticalMerge.Restart => new DocumentFormat.OpenXml.Wordprocessing.VerticalMerge { Val = MergedCellValues.Restart },
                VerticalMerge.Continue => new DocumentFormat.OpenXml.Wordprocessing.VerticalMerge(),
                _ => null,
            },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };

        // A continuation cell still needs its (empty) paragraph.
        IEnumerable<TextRun> runs = cell.Merge == VerticalMerge.Continue || cell.Text.Length == 0 ? [] : [new TextRun(cell.Text, cell.Bold)];
        var paragraph = ParagraphWriter.Write(styleId, runs, cell.Alignment, pageBreakBefore: false);
        if (keepWithNext) (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        return new TableCell(properties, paragraph);
    }

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" });

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A malformed table is a bug in the caller, not a user error: it throws.</summary>
    private static void Validate(TableSpec spec)
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
