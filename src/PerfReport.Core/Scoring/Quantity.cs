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
