using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class LargeBudgetChangeWithoutReasons : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3020",
        "决算与年初预算相差较大而未列差异原因",
        "决算 {0} {1}，超过年初预算的 {2}，budget_vs_final.reasons 却没有列出差异原因；请逐项写明原因和金额",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        决算支出合计（`expenditure.total`，不写时由各项支出算出）与年初预算（`budget_vs_final.initial_budget`）之差超过
        年初预算的 10%（年初预算为 0 而有支出时也算），而 `budget_vs_final.reasons` 一项原因也没有列。差额不超过 10% 时是警告 PR3052。
        这一比例可在评分规则文件的 `budget_change_threshold` 或数据文件的 `validation.budget_change_threshold` 中设定（后者优先），
        设定后照样核对，只是界线不同。
        ## 为何重要
        年初预算与决算相差一成以上，说明年中有大笔追加或调减；报告不说原因，这部分资金的来龙去脉就无从核对。
        ## 示例
        ```yaml
        expenditure: { total: 107.49 }
        budget_vs_final:
          initial_budget: 73.03       # 决算多 34.46（47.19%），没有列原因
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var threshold = context.BudgetChangeThreshold;
        if (BudgetChange.Unexplained(context.Model) is not { } change || !change.Above(threshold)) return;
        context.Report(change.Initial, Numbers.Money(change.Final), change.Describe(), Numbers.Percent(threshold));
    }
}
