using System.Globalization;
using System.Text;
using PerfReport.Model;

namespace PerfReport.Yearly;

/// <summary>Writes YAML text line by line, with comments: the scalars of a report file, quoted only where YAML needs it.</summary>
internal sealed class YamlText
{
    private readonly StringBuilder _text = new();

    public override string ToString() => _text.ToString();

    public YamlText Blank()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>A comment line (or lines) at an indentation.</summary>
    public YamlText Comment(int indent, string text)
    {
        foreach (var line in text.Split('\n')) _text.Append(' ', indent).Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        return this;
    }

    /// <summary><c>key: value  # comment</c>; an empty value when <paramref name="value"/> is null.</summary>
    public YamlText Key(int indent, string key, string? value = null, string? comment = null)
    {
        _text.Append(' ', indent).Append(key).Append(':');
        if (value is { Length: > 0 }) _text.Append(' ').Append(value);
        if (comment is not null) _text.Append("   # ").Append(comment);
        _text.Append('\n');
        return this;
    }

    /// <summary>A text field: plain, quoted, or a literal block (<c>|</c>) when it has several lines.</summary>
    public YamlText Text(int indent, string key, string? value, string? comment = null)
    {
        if (value is null || !value.TrimEnd('\n').Contains('\n')) return Key(indent, key, value is null ? null : Scalar(value.TrimEnd('\n')), comment);
        _text.Append(' ', indent).Append(key).Append(": ").Append(value.EndsWith('\n') ? "|" : "|-");
        if (comment is not null) _text.Append("   # ").Append(comment);
        _text.Append('\n');
        foreach (var line in value.TrimEnd('\n').Split('\n'))
        {
            if (line.Trim().Length == 0) _text.Append('\n');
            else _text.Append(' ', indent + 2).Append(line).Append('\n');
        }

        return this;
    }

    /// <summary>A list item holding text: <c>- value</c>.</summary>
    public YamlText Item(int indent, string value)
    {
        _text.Append(' ', indent).Append("- ").Append(Scalar(value.TrimEnd('\n').Replace("\n", " ", StringComparison.Ordinal))).Append('\n');
        return this;
    }

    /// <summary>The first key of a list item that is a mapping: <c>- key: value</c>.</summary>
    public YamlText ItemKey(int indent, string key, string? value, string? comment = null) => Key(indent, "- " + key, value, comment);

    public static string Amount(decimal value) => Numbers.Money(value);

    public static string Percent(decimal value) => Numbers.PercentAsWritten(value);

    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A value as YAML reads it back as the same text: plain when safe, otherwise double-quoted.</summary>
    public static string Scalar(string value) => NeedsQuotes(value) ? Quote(value) : value;

    /// <summary>An indicator value: a number stays a number (the schema takes both), other text as <see cref="Scalar"/>.</summary>
    public static string Value(string value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? value : Scalar(value);

    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || value.Trim() != value) return true;
        if ("-?:,[]{}#&*!|>'\"%@`~".Contains(value[0], StringComparison.Ordinal)) return true;
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')) return true;
        if (value.Any(c => char.IsControl(c))) return true;
        if (value.ToLowerInvariant() is "null" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n") return true;
        return value.Any(char.IsAsciiDigit) && value.All(c => char.IsAsciiDigit(c) || c is '.' or '+' or '-' or 'e' or 'E' or 'x' or 'o' or '_' or 'a' or 'b' or 'c' or 'd' or 'f' or 'A' or 'B' or 'C' or 'D' or 'F');
    }

    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
