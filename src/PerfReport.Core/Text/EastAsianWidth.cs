namespace PerfReport.Text;

/// <summary>Column widths by East Asian Width (UAX #11): wide and full-width characters take two columns, control characters none.</summary>
public static class EastAsianWidth
{
    /// <summary>The number of columns <paramref name="text"/> takes in a terminal or a fixed-width grid.</summary>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            width += IsWide(cp) ? 2 : char.IsControl((char)Math.Min(cp, 0xFFFF)) ? 0 : 1;
        }

        return width;
    }

    /// <summary>The W and F ranges of UAX #11 that occur in Chinese text (CJK, Hangul, kana, full-width forms, CJK punctuation).</summary>
    private static bool IsWide(int cp) =>
        cp is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
