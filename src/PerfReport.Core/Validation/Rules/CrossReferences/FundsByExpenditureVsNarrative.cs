using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.CrossReferences;

internal sealed class FundsByExpenditureVsNarrative : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3014",
        "自评表按支出性质分与正文不符",
        "自评表按支出性质分{0} {1} 与正文{0} {2} 不符（差 {3}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        附表2 自评表“按支出性质分”的基本支出、项目支出，分别等于正文的基本支出、项目支出（未写合计时按其各部分之和）。空白格不核对。
        ## 为何重要
        两处是同一笔决算支出，写成不同的数会让读者无所适从。
        ## 示例
        ```yaml
        expenditure:
          basic: { total: 99.20 }
          project: { total: 8.29 }
        self_evaluation:
          funds:
            by_expenditure: { basic: 99.29, project: 8.20 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.SelfEvaluation?.Funds?.ByExpenditure is not { } by) return;
        Compare(context, "基本支出", by.Basic, Figures.Basic(context.Model));
        Compare(context, "项目支出", by.Project, Figures.Project(context.Model));
    }

    private static void Compare(ValidationContext context, string name, Cell cell, decimal? narrative)
    {
        if (cell.Value is not { } form || narrative is not { } text || ValidationContext.AmountsEqual(form, text)) return;
        context.Report(cell, name, Numbers.Money(form), Numbers.Money(text), Numbers.Money(form - text));
    }
}
