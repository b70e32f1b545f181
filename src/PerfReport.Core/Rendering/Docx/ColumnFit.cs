namespace PerfReport.Rendering.Docx;

/// <summary>Column widths from the cells' contents (see <see cref="ColumnWidths.Fit"/>).</summary>
internal static class ColumnFit
{
    public static IReadOnlyList<int> Resolve(int columns, IReadOnlyList<int> flexible, IReadOnlyList<TableRowSpec> rows, int textWidth, int emTwips)
    {
        var cells = Cells(rows).ToList();
        var isFlexible = new bool[columns];
        foreach (int f in flexible) isFlexible[f] = true;
        double half = emTwips / 2.0;
        var min = Enumerable.Repeat((double)ColumnWidths.CellPadding + emTwips, columns).ToArray();

        // Figures, units and bracketed units never break: the column is at least as wide as the widest.
        foreach (var (start, _, text) in cells.Where(c => c.Span == 1))
            min[start] = Math.Max(min[start], Need(TextMeasure.LongestPiece(text), emTwips));

        // A label or figure does not wrap inside a figure or unit, nor leave one character on its last line: widen by
        // half ems until it does not. (Free text is left to wrap.)
        for (int c = 0; c < columns; c++)
        {
            var texts = cells.Where(x => x.Span == 1 && x.Start == c && IsShort(x.Text)).Select(x => x.Text).Distinct(StringComparer.Ordinal).ToList();
            if (texts.Count == 0) continue;
            double oneLine = texts.Max(t => Need(TextMeasure.Width(t), emTwips));
            while (min[c] < oneLine && texts.Any(t => !FitsWell(t, min[c], emTwips))) min[c] += half;
        }

        // Cells over several columns: the columns they cover share what they lack, the fixed ones first.
        foreach (var (start, span, text) in cells.Where(c => c.Span > 1))
        {
            var covered = Enumerable.Range(start, span).ToList();
            double have = covered.Sum(c => min[c]);
            double need = Math.Max(have, Need(TextMeasure.LongestPiece(text), emTwips));
            if (IsShort(text)) need = WidowFree(text, need, emTwips, half);
            if (need <= have) continue;
            var takers = covered.Where(c => !isFlexible[c]).DefaultIfEmpty(covered[0]).ToList();
            foreach (int c in takers) min[c] += (need - have) / takers.Count;
        }

        double left = textWidth - min.Sum();
        if (left < 0 || flexible.Count == 0)
        {
            // Too wide to fit (or nothing flexible): every column in proportion to what it needs.
            return ColumnWidths.Relative([.. min.Select(m => (int)Math.Ceiling(m))]).Resolve(textWidth);
        }

        // Free text takes what is left, in proportion to how much text each free column holds.
        var demand = new double[columns];
        foreach (var (start, span, text) in cells.Where(c => !IsShort(c.Text) || c.Span == 1))
        {
            var free = Enumerable.Range(start, span).Where(c => isFlexible[c]).ToList();
            foreach (int c in free) demand[c] += TextMeasure.Width(text) / free.Count;
        }

        double total = flexible.Sum(f => demand[f]);
        var widths = min.ToArray();
        foreach (int f in flexible) widths[f] += total > 0 ? left * demand[f] / total : left / flexible.Count;
        return ColumnWidths.Relative([.. widths.Select(w => Math.Max(1, (int)Math.Round(w * 10)))]).Resolve(textWidth);
    }

    /// <summary>The text wraps well in a cell this wide, by itself or broken by hand into even lines.</summary>
    private static bool FitsWell(string text, double width, int emTwips)
    {
        double inner = (width - ColumnWidths.CellPadding) / emTwips;
        return !TextMeasure.WrapsBadly(text, inner) || TextMeasure.Balance(text, inner) is not null;
    }

    /// <summary>Short labels that would wrap badly, broken by hand into even lines for the widths given.</summary>
    public static TableSpec Balanced(TableSpec spec, IReadOnlyList<int> widths, int emTwips)
    {
        var rows = spec.Rows.Select(row =>
        {
            int column = 0;
            var cells = new List<TableCellSpec>();
            foreach (var cell in row.Cells)
            {
                double inner = (widths.Skip(column).Take(cell.ColumnSpan).Sum() - ColumnWidths.CellPadding) / (double)emTwips;
                cells.Add(cell.Merge != VerticalMerge.Continue && IsShort(cell.Text) && TextMeasure.WrapsBadly(cell.Text, inner) && TextMeasure.Balance(cell.Text, inner) is { } b
                    ? cell with { Text = b }
                    : cell);
                column += cell.ColumnSpan;
            }

            return row with { Cells = cells };
        });
        return spec with { Rows = [.. rows] };
    }

    /// <summary>A label or figure, not free text.</summary>
    internal static bool IsShort(string text) => text.Length <= 16;

    private static double Need(double ems, int emTwips) => (ems * emTwips) + ColumnWidths.CellPadding;

    private static double WidowFree(string text, double width, int emTwips, double step)
    {
        double oneLine = Need(TextMeasure.Width(text), emTwips);
        while (width < oneLine && !FitsWell(text, width, emTwips)) width += step;
        return width;
    }

    /// <summary>Every cell with text: its first grid column, its span and its text (merge continuations hold none).</summary>
    private static IEnumerable<(int Start, int Span, string Text)> Cells(IReadOnlyList<TableRowSpec> rows)
    {
        foreach (var row in rows)
        {
            int column = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.Merge != VerticalMerge.Continue && cell.Text.Length > 0) yield return (column, cell.ColumnSpan, cell.Text);
                column += cell.ColumnSpan;
            }
        }
    }
}
