using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class BudgetChangeWithoutReasons : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3052",
        "决算与年初预算不同而未列差异原因",
        "决算 {0} {1}，budget_vs_final.reasons 没有列出差异原因；请逐项写明原因和金额",
        Severity.Warning,
        RuleCategory.Percentages,
        """
        ## 检查内容
        决算支出合计（`expenditure.total`，不写时由各项支出算出）与年初预算（`budget_vs_final.initial_budget`）不同，
        而 `budget_vs_final.reasons` 一项原因也没有列。差额不超过年初预算的 10% 时是本警告；超过时是错误 PR3020。
        这一比例可在评分规则文件的 `budget_change_threshold` 或数据文件的 `validation.budget_change_threshold` 中设定（后者优先）。
        ## 为何重要
        报告须说明“预算数与决算数存在差异的主要原因”；只列两个数而不说原因，读者无从判断是年中追加、项目调整还是预算编得不准。
        ## 示例
        ```yaml
        expenditure: { total: 105.00 }
        budget_vs_final:
          initial_budget: 100.00      # 决算多 5.00（5.00%），没有列原因
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (BudgetChange.Unexplained(context.Model) is not { } change || change.Above(context.BudgetChangeThreshold)) return;
        context.Report(change.Initial, Numbers.Money(change.Final), change.Describe());
    }
}
