using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class FundsByIncomeMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2011",
        "自评表按收入性质分之和与全年执行数不符",
        "自评表全年执行数 {0} 与按收入性质分之和 {1} 不符（差 {2}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        附表2 自评表“按收入性质分”的一般公共预算、政府性基金、纳入专户管理的非税收入、其他资金四栏之和等于全年执行数（`executed`）。空白格按 0 计；四栏全空时不核对。
        ## 为何重要
        按收入性质分是全年执行数的拆分，合计不符说明资金来源没有填清楚。
        ## 示例
        ```yaml
        self_evaluation:
          funds:
            executed: 107.49   # PR2011：自评表全年执行数 107.49 与按收入性质分之和 106.49 不符（差 1.00）
            by_income:
              general_budget: 102.49
              other: 4
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.SelfEvaluation?.Funds is not { Executed: { } executed, ByIncome: { } byIncome }) return;
        Cell[] cells = [byIncome.GeneralBudget, byIncome.GovernmentFund, byIncome.SpecialAccount, byIncome.Other];
        if (!cells.Any(c => c.HasValue)) return;
        var sum = cells.Sum(c => c.Value ?? 0);
        if (!ValidationContext.AmountsEqual(executed.Value, sum))
            context.Report(executed, Numbers.Money(executed.Value), Numbers.Money(sum), Numbers.Money(executed.Value - sum));
    }
}
