using System.Globalization;
using System.Text.RegularExpressions;
using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Syntax;
using PerfReport.Text;

namespace PerfReport.Binding;

/// <summary>Reads single values (text, amounts, percentages, integers, cells, choices), reporting what is wrong.</summary>
internal static partial class ValueReader
{
    private const decimal MaxMagnitude = 1_000_000_000_000_000m;

    public static Located<string>? Text(YamlNode? node, DiagnosticBag bag)
    {
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar s:
                return new(s.Value.TrimEnd('\n', '\r', ' '), s.Span, s.Path) { BlockIndent = s.BlockIndent };
            default:
                bag.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Path, MapReader.PathOf(node), "文字", node.KindName);
                return null;
        }
    }

    public static Located<decimal>? Amount(YamlNode? node, DiagnosticBag bag, bool warnDecimals = true, bool signed = false)
    {
        if (Scalar(node, bag, "数字") is not { } s) return null;
        if (!TryParseNumber(s, out var parsed))
        {
            bag.Report(DiagnosticDescriptors.NotANumber, s.Span, s.Path, MapReader.PathOf(s), s.Value, NumberHint(s));
            return null;
        }

        if (parsed is not { } value || Math.Abs(value) > MaxMagnitude)
        {
            bag.Report(DiagnosticDescriptors.OutOfRange, s.Span, s.Path, MapReader.PathOf(s), s.Value, "绝对值不超过 10^15");
            return null;
        }

        if (value < 0 && !signed) bag.Report(DiagnosticDescriptors.NegativeAmount, s.Span, s.Path, MapReader.PathOf(s), s.Value);
        var scale = value.Scale;
        if (warnDecimals && scale > 2 && value != Numbers.Round2(value))
            bag.Report(DiagnosticDescriptors.TooManyDecimals, s.Span, s.Path, MapReader.PathOf(s), scale, s.Value, Numbers.ReportMoney(value));
        return new(value, s.Span, s.Path);
    }

    public static Located<decimal>? Percent(YamlNode? node, DiagnosticBag bag)
    {
        if (Scalar(node, bag, "百分比") is not { } s) return null;
        if (PercentText().Match(s.Value) is { Success: true } m)
        {
            if (decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && Math.Abs(value) <= 10000m)
                return new(value, s.Span, s.Path);
            bag.Report(DiagnosticDescriptors.OutOfRange, s.Span, s.Path, MapReader.PathOf(s), s.Value, "不超过 10000%");
            return null;
        }

        bag.Report(DiagnosticDescriptors.BadPercent, s.Span, s.Path, MapReader.PathOf(s), s.Value, PercentHint(s));
        return null;
    }

    public static Located<int>? Integer(YamlNode? node, DiagnosticBag bag, int min, int max, string hint)
    {
        if (Scalar(node, bag, "整数") is not { } s) return null;
        var isNumber = TryParseNumber(s, out var parsed);
        if (!isNumber || (parsed is { } whole && whole != decimal.Truncate(whole)))
        {
            var fix = isNumber ? "" : NumberHint(s);
            bag.Report(DiagnosticDescriptors.NotAnInteger, s.Span, s.Path, MapReader.PathOf(s), hint, s.Value, fix);
            return null;
        }

        if (parsed is not { } number || number < min || number > max)
        {
            bag.Report(DiagnosticDescriptors.OutOfRange, s.Span, s.Path, MapReader.PathOf(s), s.Value, $"{min} 至 {max}");
            return null;
        }

        return new((int)number, s.Span, s.Path);
    }

    /// <summary>A table cell: absent or empty is blank, a dash is not applicable, otherwise a figure.</summary>
    public static Cell Cell(YamlNode? node, DiagnosticBag bag, bool percent, string path, SourceSpan parentSpan)
    {
        if (node is null) return Model.Cell.Blank(parentSpan, path);
        if (node is YamlScalar s && IsDash(s.Value)) return new Cell(CellState.NotApplicable, null, s.Span, s.Path);

        // A quoted empty or blank text is an empty cell, as the schema's cell patterns allow.
        if (node is YamlScalar { Value: var v } blank && string.IsNullOrWhiteSpace(v)) return Model.Cell.Blank(blank.Span, blank.Path);
        var value = percent ? Percent(node, bag) : Amount(node, bag);
        return value is null
            ? Model.Cell.Blank(node.Span, node.Path)
            : new Cell(CellState.Value, value.Value, value.Span, value.Path);
    }

    public static Located<T>? Choice<T>(YamlNode? node, DiagnosticBag bag, IReadOnlyDictionary<string, T> choices)
    {
        if (Scalar(node, bag, "可选值之一") is not { } s) return null;
        if (choices.TryGetValue(s.Value.Trim(), out var value)) return new(value, s.Span, s.Path);
        var options = choices.Keys.Where(k => k.All(char.IsAscii)).ToList();
        var closest = options.FirstOrDefault(o => o.StartsWith(s.Value.Trim(), StringComparison.OrdinalIgnoreCase) && s.Value.Trim().Length > 1)
            ?? options.OrderBy(o => EditDistance.Of(s.Value, o)).ThenBy(o => o, StringComparer.Ordinal).FirstOrDefault(o => EditDistance.Of(s.Value, o) <= 3);
        var hint = closest is not null ? $"，是否应为 \"{closest}\"？" : "";
        bag.Report(DiagnosticDescriptors.InvalidChoice, s.Span, s.Path, MapReader.PathOf(s), s.Value, string.Join("、", options), hint);
        return null;
    }

    public static bool IsDash(string value) => value.Trim() is "——" or "—" or "--" or "-";

    private static YamlScalar? Scalar(YamlNode? node, DiagnosticBag bag, string expected)
    {
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar s:
                return s;
            default:
                bag.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Path, MapReader.PathOf(node), expected, node.KindName);
                return null;
        }
    }

    /// <summary>
    /// A number as the file's YAML reads it, so that this reader and the JSON Schema (which sees what YAML 1.2's core
    /// schema makes of a plain scalar) accept exactly the same spellings: a plain decimal, with an optional sign and
    /// exponent ("107.49", "+5", ".5", "1e3"), or a plain 0x/0o integer. A quoted scalar is text, not a number.
    /// False when not a number; true with a null value when a number too large for any field.
    /// </summary>
    private static bool TryParseNumber(YamlScalar s, out decimal? value)
    {
        value = null;
        if (!s.IsPlain) return false;
        var text = s.Value;
        if (YamlFloat().IsMatch(text))
        {
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) value = parsed;
            return true;
        }

        var radix = YamlHex().IsMatch(text) ? 16 : YamlOctal().IsMatch(text) ? 8 : 0;
        if (radix == 0) return false;
        var result = 0m;
        foreach (var c in text[2..])
        {
            result = result * radix + Convert.ToInt32(c.ToString(), 16);
            if (result > MaxMagnitude) return true;
        }

        value = result;
        return true;
    }

    /// <summary>
    /// What to write instead, quoting the corrected value: full-width digits made half-width, quotes and thousands
    /// separators dropped ("80,000.00" → 80000.00; "８０．００" → 80.00).
    /// </summary>
    private static string NumberHint(YamlScalar s)
    {
        var text = s.Value.Trim();
        var halfWidth = HalfWidth(text);
        var plain = halfWidth.Replace(",", "", StringComparison.Ordinal);
        if (DecimalText().IsMatch(plain))
        {
            if (halfWidth != text) return $"；请用半角数字：{plain}";
            if (plain != text) return $"；数字中不要写千位分隔符：{plain}";
            return $"；数字不要加引号：{plain}";
        }

        var m = LeadingNumber().Match(halfWidth);
        if (m.Success && halfWidth.Length > m.Length)
        {
            var number = m.Value.Trim().Replace(",", "", StringComparison.Ordinal);
            var rest = halfWidth[m.Length..].Trim();
            if (rest.StartsWith('%')) return "；这里要填金额或分值，不是百分比";
            if (rest.Length > 0 && (rest[0] is 'e' or 'E') && decimal.TryParse(halfWidth, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                return $"；数字不要加引号：{halfWidth}";
            if (rest == "元" && decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan))
                return $"；金额以万元为单位：{number}元应写 {(yuan / 10000m).ToString("0.######", CultureInfo.InvariantCulture)}";
            return $"；请只写数字 {number}（“{rest}”不用写，金额单位统一为万元）";
        }

        return "；请只写阿拉伯数字，例如 107.49";
    }

    /// <summary>What to write instead of a malformed percentage, when it can be told: "８１．１４％" → 81.14%.</summary>
    private static string PercentHint(YamlScalar s)
    {
        var text = s.Value.Trim();
        var fixedText = HalfWidth(text).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (fixedText != s.Value && PercentText().IsMatch(fixedText)) return $"；请写成 {fixedText}";
        if (DecimalText().IsMatch(fixedText)) return $"；请加上百分号：{fixedText}%";
        return "";
    }

    /// <summary>Full-width digits, point, signs, comma and percent sign made half-width (the rest kept).</summary>
    private static string HalfWidth(string text) => string.Concat(text.Select(c => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '．' => '.',
        '－' => '-',
        '＋' => '+',
        '，' or '､' => ',',
        '％' => '%',
        '　' => ' ',
        _ => c,
    }));

    [GeneratedRegex(@"^\s*-?[\d,]+(\.\d+)?")]
    private static partial Regex LeadingNumber();

    /// <summary>YAML 1.2 core schema: a plain scalar resolved as a float (or decimal integer).</summary>
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex YamlFloat();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex YamlHex();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex YamlOctal();

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)$")]
    private static partial Regex DecimalText();

    /// <summary>A percentage: ASCII digits, optional spaces, then % or ％ — the schema's <c>percent</c> pattern.</summary>
    [GeneratedRegex(@"^(?<n>-?\d+(\.\d+)?)\s*[%％]$")]
    private static partial Regex PercentText();
}
