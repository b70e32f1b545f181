using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class SpendingAboveBudgetDespiteClaim : IValidationRule
{
    /// <summary>决算 above 年初预算 by more than this share (in percent) does not square with "按照年初预算".</summary>
    public const decimal Threshold = 20m;

    private static readonly string[] Claims = ["严格按照年初预算", "按照年初预算", "严格按年初预算", "按年初预算"];

    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3050",
        "决算远超年初预算而正文称按年初预算支出",
        "正文称“{0}”，但决算 {1} 比年初预算 {2} 多 {3}（{4}，超过 {5}）",
        Severity.Warning,
        RuleCategory.Percentages,
        """
        ## 检查内容
        绩效情况的总体说明（`performance.summary`）写“按照年初预算”支出时，决算支出合计不应比年初预算多出 20% 以上。
        ## 为何重要
        年中追加了大量预算后，再说“严格按照年初预算进行部门整体支出”就与事实不符；应改为按调整后的预算，或说明追加的原因。
        ## 示例
        ```yaml
        expenditure: { total: 107.49 }
        budget_vs_final: { initial_budget: 73.03 }      # 多 34.46，即 47.19%
        performance:
          summary: |
            本单位严格按照年初预算进行部门整体支出。
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (m.Performance?.Summary is not { } summary || Claims.FirstOrDefault(c => summary.Value.Contains(c, StringComparison.Ordinal)) is not { } claim) return;
        var initial = m.BudgetVsFinal?.InitialBudget?.Value ?? m.BasicDataTable?.Funds?.Total?.Budget.Value;
        if (initial is not { } budget || Figures.ExpenditureTotal(m) is not { } final) return;
        if (Numbers.PercentOf(final - budget, budget) is not { } over || over <= Threshold) return;
        context.Report(TextSearch.LineOf(summary, claim), summary.Path, claim, Numbers.Money(final), Numbers.Money(budget),
            Numbers.Money(final - budget), Numbers.Percent(over), Numbers.Percent(Threshold));
    }
}
