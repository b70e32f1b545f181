using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class IncomeTotalMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2001",
        "收入合计与各项收入之和不符",
        "收入合计 {0} 与各项收入之和 {1} 不符（差 {2}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        `income.total`（总收入）等于 `income.sources` 各项 `amount` 之和。
        ## 为何重要
        报告第二部分先写总收入、再逐项列出各项收入；两者对不上，审核人员第一眼就会发现。
        ## 示例
        ```yaml
        income:
          total: 107.49          # 各项之和为 107.94
          sources:
            - { name: 一般公共预算财政拨款收入, amount: 102.94 }
            - { name: 其他收入, amount: 5 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.Income is not { Total: { } total } income || income.Sources.Count == 0) return;
        if (income.Sources.Any(s => s.Amount is null)) return;
        var sum = income.Sources.Sum(s => s.Amount!.Value);
        if (!ValidationContext.AmountsEqual(total.Value, sum))
            context.Report(total, Numbers.Money(total.Value), Numbers.Money(sum), Numbers.Money(total.Value - sum));
    }
}
