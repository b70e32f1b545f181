using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.CrossReferences;

internal sealed class ExecutedMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3011",
        "自评表全年执行数与正文支出合计不符",
        "自评表全年执行数 {0} 与正文支出合计 {1} 不符（差 {2}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        附表2 自评表的全年执行数（`self_evaluation.funds.executed`）等于正文的部门整体支出（`expenditure.total`，未写时按基本支出 + 项目支出）。
        ## 为何重要
        全年执行数就是本年决算支出；两处不一致，执行率和得分都失去依据。
        ## 示例
        ```yaml
        expenditure: { total: 107.49 }
        self_evaluation:
          funds: { executed: 104.79 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.SelfEvaluation?.Funds?.Executed is not { } executed || Figures.ExpenditureTotal(context.Model) is not { } total) return;
        if (!ValidationContext.AmountsEqual(executed.Value, total))
            context.Report(executed, Numbers.Money(executed.Value), Numbers.Money(total), Numbers.Money(executed.Value - total));
    }
}
