using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class FundsByExpenditureMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2012",
        "自评表按支出性质分之和与全年执行数不符",
        "自评表全年执行数 {0} 与基本支出 {1} + 项目支出 {2} = {3} 不符（差 {4}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        附表2 自评表“按支出性质分”的基本支出与项目支出之和等于全年执行数（`executed`）。空白格按 0 计；两栏全空时不核对。
        ## 为何重要
        按支出性质分是全年执行数的拆分，合计不符说明两栏中至少一栏填错。
        ## 示例
        ```yaml
        self_evaluation:
          funds:
            executed: 107.49   # PR2012：自评表全年执行数 107.49 与基本支出 99.20 + 项目支出 8.92 = 108.12 不符（差 -0.63）
            by_expenditure:
              basic: 99.20
              project: 8.92
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.SelfEvaluation?.Funds is not { Executed: { } executed, ByExpenditure: { } by }) return;
        if (!by.Basic.HasValue && !by.Project.HasValue) return;
        var (basic, project) = (by.Basic.Value ?? 0, by.Project.Value ?? 0);
        var sum = basic + project;
        if (!ValidationContext.AmountsEqual(executed.Value, sum))
            context.Report(executed, Numbers.Money(executed.Value), Numbers.Money(basic), Numbers.Money(project), Numbers.Money(sum), Numbers.Money(executed.Value - sum));
    }
}
