using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfReport.Cli.Output;

/// <summary>
/// Makes a message safe for a terminal or a CI log: quoted user content longer than <see cref="MaxQuote"/> characters
/// is cut with "…", and every control character (newlines, escape sequences, bidirectional overrides) is shown as an
/// escape such as <c>\n</c> or <c>\u001B</c>, so that a key in a report can neither forge a diagnostic line nor
/// drive the terminal.
/// </summary>
internal static partial class TerminalText
{
    public const int MaxQuote = 80;

    public static string Safe(string message)
    {
        var cut = LongQuote().Replace(message, m => m.Groups[1].Value + Cut(m.Groups[2].Value) + m.Groups[3].Value);
        return Escape(cut);
    }

    /// <summary>Control characters as visible escapes; everything else as it is.</summary>
    public static string Escape(string text)
    {
        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escaped = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsControl(text, i) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escaped is null)
            {
                b?.Append(c);
                continue;
            }

            b ??= new StringBuilder(text, 0, i, text.Length + 16);
            b.Append(escaped);
        }

        return b?.ToString() ?? text;
    }

    private static bool IsControl(string s, int i)
    {
        var c = s[i];
        if (c < ' ' || c is >= '\u007F' and <= '\u009F') return true;
        if (c is '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C') return true;
        if (char.IsHighSurrogate(c)) return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(s[i - 1]);
        return false;
    }

    private static string Cut(string quoted)
    {
        var cut = MaxQuote - 1;
        if (char.IsHighSurrogate(quoted[cut - 1])) cut--;
        return string.Concat(quoted.AsSpan(0, cut), "…");
    }

    [GeneratedRegex("([\"“])([^\"”]{81,})([\"”])")]
    private static partial Regex LongQuote();
}
