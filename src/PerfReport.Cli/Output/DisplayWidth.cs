namespace PerfReport.Cli.Output;

/// <summary>Terminal column widths by East Asian Width (UAX #11, <see cref="Text.EastAsianWidth"/>): padding and cutting to a width.</summary>
internal static class DisplayWidth
{
    public static int Of(string text) => Text.EastAsianWidth.Of(text);

    /// <summary>Pads with spaces to <paramref name="width"/> columns, cutting with "…" when longer.</summary>
    public static string Pad(string text, int width, bool right = false)
    {
        var fitted = Fit(text, width);
        var padding = new string(' ', Math.Max(0, width - Of(fitted)));
        return right ? padding + fitted : fitted + padding;
    }

    /// <summary>The text, cut to at most <paramref name="width"/> columns with a trailing "…".</summary>
    public static string Fit(string text, int width)
    {
        if (Of(text) <= width) return text;
        var result = new System.Text.StringBuilder();
        foreach (var ch in text)
        {
            if (Of(result.ToString() + ch) + 1 > width) break;
            result.Append(ch);
        }

        return result.Append('…').ToString();
    }
}
