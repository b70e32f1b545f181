namespace PerfReport.Diagnostics;

/// <summary>User content quoted in a message: cut to a length that fits a line.</summary>
internal static class Quote
{
    /// <summary>The default length of a quote, in characters.</summary>
    public const int MaxLength = 40;

    /// <summary><paramref name="text"/>, or its first characters and "…" when it is longer than <paramref name="max"/>.</summary>
    public static string Cut(string text, int max = MaxLength)
    {
        if (text.Length <= max) return text;
        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
