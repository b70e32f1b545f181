using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.CrossReferences;

internal sealed class InitialBudgetMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3012",
        "年初预算数前后不一致",
        "{0} {1} 与{2} {3} 不符（差 {4}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        年初预算数在三处出现，应当相同：正文的年初预算（`budget_vs_final.initial_budget`）、基础数据表支出总额的本年预算数、自评表的年初预算数（`self_evaluation.funds.initial_budget`）。
        以正文为准，报告在附表中与之不符的那一格；正文没写时以基础数据表为准。
        ## 为何重要
        年初预算是衡量预算执行和调整的基准，写成不同的数，预决算差异的说明就无从核对。
        ## 示例
        ```yaml
        budget_vs_final: { initial_budget: 73.03 }
        basic_data_table:
          funds:
            total: { budget: 73.30 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        var narrative = m.BudgetVsFinal?.InitialBudget;
        var table = m.BasicDataTable?.Funds?.Total?.Budget.AsLocated;
        var form = m.SelfEvaluation?.Funds?.InitialBudget;
        var (reference, referenceName) = narrative is not null ? (narrative, "正文年初预算") : (table, "基础数据表支出总额本年预算");
        if (reference is null) return;
        if (narrative is not null) Compare(context, table, "基础数据表支出总额本年预算", reference, referenceName);
        Compare(context, form, "自评表年初预算数", reference, referenceName);
    }

    private static void Compare(ValidationContext context, Located<decimal>? copy, string copyName, Located<decimal> reference, string referenceName)
    {
        if (copy is null || ValidationContext.AmountsEqual(copy.Value, reference.Value)) return;
        context.Report(copy, copyName, Numbers.Money(copy.Value), referenceName, Numbers.Money(reference.Value), Numbers.Money(copy.Value - reference.Value));
    }
}
