using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class YearOnYearChangeMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2016",
        "比上年增减额与本年、上年数不符",
        "{0}比上年增减 {1} 与本年 {2} − 上年 {3} = {4} 不符（差 {5}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        总收入、各项收入来源、支出合计写了与上年的对比（`year_on_year`）时，写明的增减额（`change`，减少写负数）等于本年数减上年数（`last_year`）。
        本年数取同一处的金额（总收入、本项收入、支出合计；未填合计时按各项之和）。上年数或本年数不知道时不核对。
        ## 为何重要
        “比上年增加××万元”是读者比较两年的依据；增减额与两年的数对不上，说明抄错了上年数或算错了差额。
        ## 示例
        ```yaml
        income:
          total: 107.49
          year_on_year:
            last_year: 98.85
            change: 9.64      # 107.49 − 98.85 = 8.64
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var (name, y, current) in YearOnYearFigures.All(context.Model))
        {
            if (y.Change is not { } change || y.LastYear is not { } last || current is not { } now) continue;
            var expected = now - last.Value;
            if (ValidationContext.AmountsEqual(change.Value, expected)) continue;
            context.Report(change, name, Numbers.Money(change.Value), Numbers.Money(now), Numbers.Money(last.Value), Numbers.Money(expected),
                Numbers.Money(change.Value - expected));
        }
    }
}
