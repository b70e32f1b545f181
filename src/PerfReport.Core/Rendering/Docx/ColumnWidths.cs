namespace PerfReport.Rendering.Docx;

/// <summary>
/// Column widths of a table: relative weights (scaled to the text width), absolute twips, or fitted to the contents
/// (<see cref="Fit"/>).
/// </summary>
internal sealed record ColumnWidths
{
    /// <summary>
    /// Left plus right cell margin in twips (1 mm each, as TableWriter writes them), the rules, and about a quarter of an
    /// em of slack, so that a cell measured to hold k characters holds them in Word and LibreOffice alike.
    /// </summary>
    public const int CellPadding = (2 * 57) + 10 + 40;

    private ColumnWidths(IReadOnlyList<int> values, bool relative, IReadOnlyList<int>? flexible = null)
    {
        if (values.Count == 0 || values.Any(v => v <= 0))
        {
            throw new ArgumentException("A table needs at least one column, and every width must be positive.", nameof(values));
        }

        Values = values;
        IsRelative = relative;
        Flexible = flexible;
    }

    /// <summary>For fitted widths: the columns of free text, which take the width the others leave; else null.</summary>
    public IReadOnlyList<int>? Flexible { get; }

    /// <summary>The widths as given.</summary>
    public IReadOnlyList<int> Values { get; }

    /// <summary>True when <see cref="Values"/> are weights to be scaled to the text width.</summary>
    public bool IsRelative { get; }

    /// <summary>Number of grid columns.</summary>
    public int Count => Values.Count;

    /// <summary>Weights; the table fills the text width and the columns share it in these proportions.</summary>
    public static ColumnWidths Relative(params int[] weights) => new(weights, relative: true);

    /// <summary>Absolute widths in twips (1/20 pt); the table is as wide as their sum, centred.</summary>
    public static ColumnWidths Twips(params int[] twips) => new(twips, relative: false);

    /// <summary>
    /// Widths from the contents, filling the text width: every column at least as wide as its widest figure, unit or
    /// bracketed unit (which never break), widened until no cell's text wraps leaving one character on its last line;
    /// the <paramref name="flexible"/> columns (free text) then share the rest in proportion to their text.
    /// </summary>
    public static ColumnWidths Fit(int columns, params int[] flexible) =>
        new([.. Enumerable.Repeat(1, columns)], relative: true, flexible);

    /// <summary>Equal columns filling the text width.</summary>
    public static ColumnWidths Equal(int count) => new([.. Enumerable.Repeat(1, count)], relative: true);

    /// <summary>
    /// The widths in twips. Relative widths are scaled to <paramref name="textWidth"/> with the largest-remainder
    /// method, so they add up to it exactly.
    /// </summary>
    public IReadOnlyList<int> Resolve(int textWidth, IReadOnlyList<TableRowSpec> rows, int emTwips) =>
        Flexible is null ? Resolve(textWidth) : ColumnFit.Resolve(Count, Flexible, rows, textWidth, emTwips);

    /// <summary>Relative or absolute widths in twips (fitted widths need the rows: the other overload).</summary>
    public IReadOnlyList<int> Resolve(int textWidth)
    {
        if (!IsRelative)
        {
            return Values;
        }

        long sum = Values.Sum(v => (long)v);
        var widths = Values.Select(v => (int)(textWidth * (long)v / sum)).ToArray();
        int left = textWidth - widths.Sum();
        var byRemainder = Enumerable.Range(0, widths.Length)
            .OrderByDescending(i => textWidth * (long)Values[i] % sum)
            .ThenBy(i => i)
            .Take(left);
        foreach (int i in byRemainder)
        {
            widths[i]++;
        }

        return widths;
    }
}
