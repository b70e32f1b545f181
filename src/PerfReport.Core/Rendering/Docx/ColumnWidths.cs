namespace PerfReport.Rendering.Docx;

/// <summary>Column widths of a table: relative weights (scaled to the text width) or absolute twips.</summary>
internal sealed record ColumnWidths
{
    private ColumnWidths(IReadOnlyList<int> values, bool relative)
    {
        if (values.Count == 0 || values.Any(v => v <= 0))
        {
            throw new ArgumentException("A table needs at least one column, and every width must be positive.", nameof(values));
        }

        Values = values;
        IsRelative = relative;
    }

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

    /// <summary>Equal columns filling the text width.</summary>
    public static ColumnWidths Equal(int count) => new([.. Enumerable.Repeat(1, count)], relative: true);

    /// <summary>
    /// The widths in twips. Relative widths are scaled to <paramref name="textWidth"/> with the largest-remainder
    /// method, so they add up to it exactly.
    /// </summary>
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
