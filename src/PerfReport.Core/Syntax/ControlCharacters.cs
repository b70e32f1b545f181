using System.Globalization;
using System.Text;
using PerfReport.Text;
using YamlDotNet.Core;

namespace PerfReport.Syntax;

/// <summary>
/// Characters no report text may hold (C0 controls but tab and newline, DEL and C1 controls, U+FFFE/U+FFFF, lone
/// surrogates). YAML lets them in through escapes ("\0", "\u001b"); every scalar, key or value, passes here once as
/// it is read, so that each is reported with its position and none reaches a rule, a template or the writer.
/// </summary>
internal static class ControlCharacters
{
    public static bool IsForbidden(string s, int i)
    {
        var c = s[i];
        if (c is '\t' or '\n') return false;
        if (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF') return true;
        if (char.IsHighSurrogate(c)) return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(s[i - 1]);
        return false;
    }

    /// <summary>The value without forbidden characters; the first one found is reported at its position.</summary>
    public static string Remove(string value, SourceSpan span, ScalarStyle style, Action<SourceSpan, object?[]> report, int blockIndent = 0)
    {
        var first = -1;
        for (var i = 0; i < value.Length && first < 0; i++)
        {
            if (IsForbidden(value, i)) first = i;
        }

        if (first < 0) return value;
        var kept = new StringBuilder(value.Length);
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (IsForbidden(value, i)) count++;
            else kept.Append(value[i]);
        }

        report(Position(value, first, span, style, blockIndent), [Name(value[first]), first + 1, count]);
        return kept.ToString();
    }

    /// <summary>"U+001B", as an editor's "go to character" shows it.</summary>
    public static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>Where character <paramref name="index"/> of a scalar stands, as near as the value tells.</summary>
    private static SourceSpan Position(string value, int index, SourceSpan span, ScalarStyle style, int blockIndent)
    {
        var before = value.AsSpan(0, index);
        var newlines = before.Count('\n');
        if (style is ScalarStyle.Literal && blockIndent > 0) return SourceSpan.At(span.Line + 1 + newlines, blockIndent + 1 + index - (before.LastIndexOf('\n') + 1));
        if (style is ScalarStyle.Literal or ScalarStyle.Folded) return SourceSpan.At(span.Line + 1 + newlines, 1);
        if (newlines > 0) return SourceSpan.At(span.Line + newlines, 1);
        var quote = style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return SourceSpan.At(span.Line, span.Column + quote + index);
    }
}
