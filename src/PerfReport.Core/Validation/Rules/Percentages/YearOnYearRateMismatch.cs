using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class YearOnYearRateMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3015",
        "比上年增减率与增减额、上年数不符",
        "{6}比上年增减率 {0} 与增减额 {1} ÷ 上年 {2} = {3} 不符（差 {4} 个百分点，容差 {5}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        写了与上年对比（`year_on_year`）的增减率（`change_rate`，下降写负数）等于增减额除以上年数，四舍五入到两位小数，误差不超过容差（默认 ±0.01 个百分点，可用 `validation.share_tolerance` 调整）。
        增减额取本年数减上年数（`last_year`）；本年数不知道时取写明的增减额（`change`）。上年数没写时取本年数减增减额。上年数为 0 时由 PR3003 报告。
        ## 为何重要
        “增长××%”常被引用来说明部门规模的变化；写反了符号或除错了基数（用本年数作分母）都很常见。
        ## 示例
        ```yaml
        expenditure:
          total: 107.49
          year_on_year:
            last_year: 98.85
            change: 8.64
            change_rate: 8.04%   # 8.64 ÷ 98.85 = 8.74%（8.04% 是除以本年数 107.49 的结果）
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var (name, y, current) in YearOnYearFigures.All(context.Model))
        {
            var last = Derived.LastYear(y, current);
            var change = current is { } now && y.LastYear is { } l ? now - l.Value : y.Change?.Value;
            RateCheck.Run(context, y.ChangeRate, change, last, RateCheck.Money, name);
        }
    }
}
