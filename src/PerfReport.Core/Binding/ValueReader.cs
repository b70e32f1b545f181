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
                return new(s.Value.TrimEnd('\n', '\r', ' '), s.Span, s.Path);
            default:
                bag.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Path, MapReader.PathOf(node), "文字", node.KindName);
                return null;
        }
    }

    public static Located<decimal>? Amount(YamlNode? node, DiagnosticBag bag, bool warnDecimals = true, bool signed = false)
    {
        if (Scalar(node, bag, "数字") is not { } s) return null;
        if (!TryParseDecimal(s.Value, out var value))
        {
            bag.Report(DiagnosticDescriptors.NotANumber, s.Span, s.Path, MapReader.PathOf(s), s.Value, NumberHint(s.Value));
            return null;
        }

        if (Math.Abs(value) > MaxMagnitude)
        {
            bag.Report(DiagnosticDescriptors.OutOfRange, s.Span, s.Path, MapReader.PathOf(s), s.Value, "绝对值不超过 10^15");
            return null;
        }

        if (value < 0 && !signed) bag.Report(DiagnosticDescriptors.NegativeAmount, s.Span, s.Path, MapReader.PathOf(s), s.Value);
        var scale = value.Scale;
        if (warnDecimals && scale > 2 && value != Numbers.Round2(value))
            bag.Report(DiagnosticDescriptors.TooManyDecimals, s.Span, s.Path, MapReader.PathOf(s), scale, s.Value, Numbers.Money(value));
        return new(value, s.Span, s.Path);
    }

    public static Located<decimal>? Percent(YamlNode? node, DiagnosticBag bag)
    {
        if (Scalar(node, bag, "百分比") is not { } s) return null;
        if (Numbers.TryParsePercent(s.Value, out var value))
        {
            if (Math.Abs(value) <= 10000m) return new(value, s.Span, s.Path);
            bag.Report(DiagnosticDescriptors.OutOfRange, s.Span, s.Path, MapReader.PathOf(s), s.Value, "不超过 10000%");
            return null;
        }

        bag.Report(DiagnosticDescriptors.BadPercent, s.Span, s.Path, MapReader.PathOf(s), s.Value);
        return null;
    }

    public static Located<int>? Integer(YamlNode? node, DiagnosticBag bag, int min, int max, string hint)
    {
        if (Scalar(node, bag, "整数") is not { } s) return null;
        if (!int.TryParse(s.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            bag.Report(DiagnosticDescriptors.NotAnInteger, s.Span, s.Path, MapReader.PathOf(s), hint, s.Value);
            return null;
        }

        if (value < min || value > max)
        {
            bag.Report(DiagnosticDescriptors.OutOfRange, s.Span, s.Path, MapReader.PathOf(s), s.Value, $"{min} 至 {max}");
            return null;
        }

        return new(value, s.Span, s.Path);
    }

    /// <summary>A table cell: absent or empty is blank, a dash is not applicable, otherwise a figure.</summary>
    public static Cell Cell(YamlNode? node, DiagnosticBag bag, bool percent, string path, SourceSpan parentSpan)
    {
        if (node is null) return Model.Cell.Blank(parentSpan, path);
        if (node is YamlScalar s && IsDash(s.Value)) return new Cell(CellState.NotApplicable, null, s.Span, s.Path);
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

    private static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string NumberHint(string text)
    {
        var m = LeadingNumber().Match(text);
        if (m.Success && text.Length > m.Length)
        {
            var rest = text[m.Length..].Trim();
            if (rest.StartsWith('%') || rest.StartsWith('％')) return "；这里要填金额或分值，不是百分比";
            if (rest.Length > 0 && (rest[0] is 'e' or 'E') && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                return "；请不要用科学计数法，直接写出数字";
            if (rest == "元" && decimal.TryParse(m.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan))
                return $"；金额以万元为单位：{m.Value}元应写 {(yuan / 10000m).ToString("0.######", CultureInfo.InvariantCulture)}";
            return $"；请只写数字 {m.Value}（“{rest}”不用写，金额单位统一为万元）";
        }

        if (text.Contains(',', StringComparison.Ordinal) || text.Contains('，', StringComparison.Ordinal)) return "；数字中不要写千位分隔符";
        return "；请只写阿拉伯数字，例如 107.49";
    }

    [GeneratedRegex(@"^\s*-?\d+(\.\d+)?")]
    private static partial Regex LeadingNumber();
}
