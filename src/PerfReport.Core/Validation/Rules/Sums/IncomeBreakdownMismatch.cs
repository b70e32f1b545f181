using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class IncomeBreakdownMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2002",
        "收入来源金额与其明细之和不符",
        "{0} {1} 与其明细之和 {2} 不符（差 {3}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        每项收入来源的 `amount` 等于它的 `breakdown`（收入明细，通常按支出功能分类列出）各项 `amount` 之和。
        ## 为何重要
        报告写“一般公共预算财政拨款收入 102.49 万元，收入明细如下：……”，明细加起来必须正好是这个数，否则读者无法判断哪个数字是对的。
        ## 示例
        ```yaml
        income:
          sources:
            - name: 一般公共预算财政拨款收入
              amount: 102.49   # PR2002：一般公共预算财政拨款收入 102.49 与其明细之和 103.49 不符（差 -1.00）
              breakdown:
                - { name: 一般公共服务支出, amount: 84.16 }
                - { name: 住房保障支出, amount: 19.33 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var source in context.Model.Income?.Sources ?? [])
        {
            if (source.Amount is not { } amount) continue;
            if (Figures.SumOrNull(source.Breakdown.Select(b => b.Amount)) is not { } sum) continue;
            if (!ValidationContext.AmountsEqual(amount.Value, sum))
                context.Report(amount, source.Name?.Value ?? "收入来源", Numbers.Money(amount.Value), Numbers.Money(sum), Numbers.Money(amount.Value - sum));
        }
    }
}
