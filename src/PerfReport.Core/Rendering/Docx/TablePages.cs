namespace PerfReport.Rendering.Docx;

/// <summary>
/// Lays a long table out page by page, so that every page says what its rows are. Row heights are estimated from the
/// text widths (<see cref="TextMeasure"/>) and the table text's exact line height; where the rows no longer fit, the
/// table ends and a new one starts on the next page with the repeated rows (the column header), and every merged label
/// the break cuts through (一级, 二级) is printed again with "（续）". Rows that keep with the next are never parted,
/// the last rows stay with the notes under the table, and the estimate leaves a margin so that Word and LibreOffice,
/// whose fonts differ a little, break where it does.
/// </summary>
internal static class TablePages
{
    /// <summary>Share of a page the estimate may fill.</summary>
    private const double Fill = 0.94;

    /// <summary>Per row: the 0.5 pt rule and rounding.</summary>
    private const int RowExtra = 16;

    /// <param name="spec">The whole table; <see cref="TableSpec.Pages"/> is set.</param>
    /// <param name="widths">Its resolved column widths.</param>
    /// <param name="firstPage">Height left on the first page, in twips.</param>
    /// <param name="page">Height of a page's text area, in twips.</param>
    /// <param name="notes">Height of the notes under the table.</param>
    /// <returns>One table per page; the first keeps the title.</returns>
    public static IReadOnlyList<TableSpec> Split(TableSpec spec, IReadOnlyList<int> widths, int firstPage, int page, int notes)
    {
        var breaks = spec.Pages ?? throw new ArgumentException("The table has no page layout.", nameof(spec));
        var line = LineHeight(spec.FontSize);
        var em = EmTwips(spec.FontSize);
        var repeat = spec.Rows.Skip(breaks.RepeatFrom).Take(breaks.RepeatCount).ToList();
        int bodyStart = breaks.RepeatFrom + breaks.RepeatCount;
        var labels = Labels(spec.Rows, widths.Count);
        var heldByRepeat = OpenColumns(repeat);

        var pages = new List<List<TableRowSpec>>();
        var current = spec.Rows.Take(bodyStart).ToList();
        double limit = firstPage * Fill;
        double y = 0;
        var open = new Dictionary<int, (double Start, double Need)>();
        foreach (var r in current) y = Add(r, y, open, widths, em, line);
        int bodyRowsOnPage = 0;

        int i = bodyStart;
        while (i < spec.Rows.Count)
        {
            // A unit: this row and those it keeps with.
            int end = i;
            while (end < spec.Rows.Count - 1 && spec.Rows[end].KeepWithNext) end++;
            var unit = Enumerable.Range(i, end - i + 1).Select(k => spec.Rows[k]).ToList();
            if (bodyRowsOnPage == 0 && pages.Count > 0) unit[0] = Continued(unit[0], labels[i], breaks.ContinuedSuffix, heldByRepeat);
            double extra = end == spec.Rows.Count - 1 ? notes : 0;
            double bottom = Measure(unit, y, open, widths, em, line) + extra;
            if (bottom > limit && bodyRowsOnPage > 0)
            {
                pages.Add(current);
                current = [.. repeat];
                limit = page * Fill;
                open.Clear();
                y = 0;
                foreach (var r in current) y = Add(r, y, open, widths, em, line);
                bodyRowsOnPage = 0;
                continue;
            }

            foreach (var r in unit) y = Add(r, y, open, widths, em, line);
            current.AddRange(unit);
            bodyRowsOnPage += unit.Count;
            i = end + 1;
        }

        pages.Add(current);
        return [.. pages.Select((rows, n) => new TableSpec(
            spec.Columns,
            rows,
            n == 0 ? 0 : RepeatIsSelfContained(rows, breaks.RepeatCount) ? breaks.RepeatCount : 0,
            spec.FontSize,
            n == 0 ? spec.Title : null))];
    }

    /// <summary>Exact line height of table text, in twips (the reference styles set it so).</summary>
    public static int LineHeight(TableFontSize size) => size == TableFontSize.Xiaowu ? 230 : 280;

    /// <summary>One em of table text, in twips.</summary>
    public static int EmTwips(TableFontSize size) => size == TableFontSize.Xiaowu ? 180 : 210;

    /// <summary>The height of lines of text set across the full width, in twips.</summary>
    public static int TextHeight(IEnumerable<string> lines, int width, TableFontSize size) =>
        lines.Sum(l => TextMeasure.LineCount(l, (double)width / EmTwips(size)) * LineHeight(size));

    /// <summary>Estimated height of a row alone (merged labels not counted), in twips.</summary>
    public static double RowHeight(TableRowSpec row, IReadOnlyList<int> widths, int em, int line)
    {
        int column = 0, most = 1;
        foreach (var cell in row.Cells)
        {
            if (cell.Merge != VerticalMerge.Restart && cell.Text.Length > 0) most = Math.Max(most, LineCount(cell.Text, Width(widths, column, cell.ColumnSpan), em));
            column += cell.ColumnSpan;
        }

        return (most * line) + RowExtra;
    }

    private static int LineCount(string text, int width, int em) =>
        TextMeasure.LineCount(text, Math.Max(1.0, (width - ColumnWidths.CellPadding) / (double)em));

    private static int Width(IReadOnlyList<int> widths, int column, int span) => widths.Skip(column).Take(span).Sum();

    /// <summary>The bottom of the rows if added at <paramref name="y"/>, with the merged labels still open.</summary>
    private static double Measure(List<TableRowSpec> rows, double y, Dictionary<int, (double Start, double Need)> open, IReadOnlyList<int> widths, int em, int line)
    {
        var copy = new Dictionary<int, (double Start, double Need)>(open);
        foreach (var r in rows) y = Add(r, y, copy, widths, em, line);
        return copy.Values.Select(o => o.Start + o.Need).Append(y).Max();
    }

    /// <summary>Adds a row at <paramref name="y"/>; a merged label taller than its rows makes its last row taller.</summary>
    private static double Add(TableRowSpec row, double y, Dictionary<int, (double Start, double Need)> open, IReadOnlyList<int> widths, int em, int line)
    {
        int column = 0;
        foreach (var cell in row.Cells)
        {
            if (cell.Merge != VerticalMerge.Continue && open.Remove(column, out var closed)) y = Math.Max(y, closed.Start + closed.Need);
            column += cell.ColumnSpan;
        }

        double start = y;
        y += RowHeight(row, widths, em, line);
        column = 0;
        foreach (var cell in row.Cells)
        {
            if (cell.Merge == VerticalMerge.Restart) open[column] = (start, (LineCount(cell.Text, Width(widths, column, cell.ColumnSpan), em) * line) + RowExtra);
            column += cell.ColumnSpan;
        }

        return y;
    }

    /// <summary>For each row and column, the label of the merge the cell belongs to (empty when none).</summary>
    private static List<string[]> Labels(IReadOnlyList<TableRowSpec> rows, int columns)
    {
        var result = new List<string[]>();
        var current = new string[columns];
        foreach (var row in rows)
        {
            int column = 0;
            foreach (var cell in row.Cells)
            {
                current[column] = cell.Merge switch
                {
                    VerticalMerge.Restart => cell.Text,
                    VerticalMerge.Continue => current[column] ?? "",
                    _ => "",
                };
                column += cell.ColumnSpan;
            }

            result.Add([.. current]);
        }

        return result;
    }

    /// <summary>The first row on a continuation page: each merge it continues starts again, labelled "…（续）".</summary>
    private static TableRowSpec Continued(TableRowSpec row, string[] labels, string suffix, HashSet<int> heldByRepeat)
    {
        int column = 0;
        var cells = new List<TableCellSpec>();
        foreach (var cell in row.Cells)
        {
            cells.Add(cell.Merge == VerticalMerge.Continue && !heldByRepeat.Contains(column)
                ? cell with { Merge = VerticalMerge.Restart, Text = labels[column] is { Length: > 0 } l ? l + suffix : "" }
                : cell);
            column += cell.ColumnSpan;
        }

        return row with { Cells = cells };
    }

    /// <summary>The columns where a merge runs on below the last of <paramref name="rows"/>.</summary>
    private static HashSet<int> OpenColumns(List<TableRowSpec> rows)
    {
        var open = new HashSet<int>();
        if (rows.Count == 0) return open;
        int column = 0;
        foreach (var cell in rows[^1].Cells)
        {
            if (cell.Merge != VerticalMerge.None) open.Add(column);
            column += cell.ColumnSpan;
        }

        return open;
    }

    /// <summary>Whether the repeated rows can be marked as a header (no merge runs from them into the body).</summary>
    private static bool RepeatIsSelfContained(List<TableRowSpec> rows, int count)
    {
        if (rows.Count <= count) return true;
        return rows[count].Cells.All(c => c.Merge != VerticalMerge.Continue);
    }
}
