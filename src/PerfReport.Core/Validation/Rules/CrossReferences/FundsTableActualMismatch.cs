using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.CrossReferences;

internal sealed class FundsTableActualMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3010",
        "基础数据表本年决算与正文不符",
        "基础数据表{0}本年决算 {1} 与正文{0} {2} 不符（差 {3}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        附表1 基础数据表“本年决算”一栏的支出总额、基本支出、公用经费、项目支出，分别等于正文（`expenditure`）中的同一个数。正文没写合计时按其各部分之和比较。
        ## 为何重要
        同一个数字在正文和附表中各写一次，只要有一处抄错，读者就不知道哪个是真的。
        ## 示例
        ```yaml
        expenditure:
          basic: { total: 99.20, personnel: 92.81, public: 6.39 }
        basic_data_table:
          funds:
            public: { actual: 6.93 }     # 正文为 6.39
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (m.BasicDataTable?.Funds is not { } funds) return;
        Compare(context, "支出总额", funds.Total, Figures.ExpenditureTotal(m));
        Compare(context, "基本支出", funds.Basic, Figures.Basic(m));
        Compare(context, "公用经费", funds.Public, m.Expenditure?.Basic?.Public?.Value);
        Compare(context, "项目支出", funds.Project, Figures.Project(m));
    }

    private static void Compare(ValidationContext context, string name, FundsRow? row, decimal? narrative)
    {
        if (row?.Actual is not { Value: { } table } cell || narrative is not { } text || ValidationContext.AmountsEqual(table, text)) return;
        context.Report(cell, name, Numbers.Money(table), Numbers.Money(text), Numbers.Money(table - text));
    }
}
