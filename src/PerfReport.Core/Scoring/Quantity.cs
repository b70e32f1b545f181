using System.Globalization;

namespace PerfReport.Scoring;

/// <summary>How a target compares the actual value with its figure.</summary>
internal enum Comparison
{
    /// <summary>No sign written ("100%", "6场").</summary>
    None,

    /// <summary>≥, 不低于, 不少于, 达到, …以上.</summary>
    AtLeast,

    /// <summary>&gt;, 大于, 高于, 超过.</summary>
    Above,

    /// <summary>≤, 不超过, 不高于, 控制在…以内.</summary>
    AtMost,

    /// <summary>&lt;, 小于, 低于.</summary>
    Below,

    /// <summary>=, 等于.</summary>
    Equal,
}

/// <summary>A figure with its unit ("" when none) and, for a target, its comparison.</summary>
internal sealed record Quantity(decimal Value, string Unit, Comparison Comparison)
{
    /// <summary>The figure as it is shown in working text: the number as written (no trailing zeros) and its unit.</summary>
    public string Show() => Number(Value) + Unit;

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}

/// <summary>What a 年度指标值 or 实际完成值 cell says.</summary>
internal enum ValueForm
{
    /// <summary>A figure the scorer can use.</summary>
    Quantity,

    /// <summary>Words with no number in them ("严格控制在预算内").</summary>
    Text,

    /// <summary>A number the tool does not guess at ("约100%", "一百", "100%左右").</summary>
    Unparseable,
}

/// <summary>The result of reading one cell.</summary>
internal sealed record ParsedValue(ValueForm Form, string Text, Quantity? Quantity)
{
    public static ParsedValue Words(string text) => new(ValueForm.Text, text, null);

    public static ParsedValue Unreadable(string text) => new(ValueForm.Unparseable, text, null);
}

/// <summary>
/// Comparing the units of a target and an actual value. Units are text compared after <see cref="ValueParser.Normalize"/>;
/// a unit written with a scale prefix (万, 亿, 千万, 百万) converts exactly to the same unit without it: 万元 = 10000 元,
/// 亿元 = 10000 万元, 万亩 = 10000 亩, 万人次 = 10000 人次, 万户 = 10000 户. No list of units: the rule is the prefix.
/// </summary>
internal static class Units
{
    private static readonly (string Prefix, decimal Factor)[] Scales = [("千万", 10_000_000m), ("百万", 1_000_000m), ("亿", 100_000_000m), ("万", 10_000m)];

    /// <summary>The unit without its scale prefix and the factor of the prefix ("万元" → ("元", 10000)).</summary>
    public static (string Base, decimal Factor) Scale(string unit)
    {
        foreach (var (prefix, factor) in Scales)
        {
            if (unit.Length > prefix.Length && unit.StartsWith(prefix, StringComparison.Ordinal)) return (unit[prefix.Length..], factor);
        }

        return (unit, 1m);
    }

    /// <summary>
    /// <paramref name="value"/> in <paramref name="from"/> expressed in <paramref name="to"/>, exactly, or null when the two
    /// units do not convert. Equal units return the value itself.
    /// </summary>
    public static decimal? Convert(decimal value, string from, string to)
    {
        if (from == to) return value;
        var (fromBase, fromFactor) = Scale(from);
        var (toBase, toFactor) = Scale(to);
        if (fromBase != toBase) return null;
        return value * fromFactor / toFactor;
    }
}
