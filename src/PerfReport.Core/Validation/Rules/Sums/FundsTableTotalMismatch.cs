using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class FundsTableTotalMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2007",
        "基础数据表支出总额与基本支出、项目支出之和不符",
        "基础数据表{0}栏：支出总额 {1} 与基本支出 {2} + 项目支出 {3} = {4} 不符（差 {5}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        附表1 基础数据表“经费控制情况”的上年决算、本年预算、本年决算三栏，每一栏都满足：支出总额 = 基本支出 + 项目支出。某一格空白时该栏不核对。
        ## 为何重要
        基础数据表是财政部门汇总使用的数据，每一栏的合计错了，汇总就会出错。
        ## 示例
        ```yaml
        basic_data_table:
          funds:
            total:   { prior_actual: 98.85, budget: 73.03, actual: 107.49 }   # PR2007：基础数据表本年预算栏：支出总额 73.03 与基本支出 53.95 + 项目支出 18.08 = 72.03 不符（差 1.00）
            basic:   { prior_actual: 91.51, budget: 53.95, actual: 99.2 }
            project: { prior_actual: 7.34, budget: 18.08, actual: 8.29 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.BasicDataTable?.Funds is not { Total: { } total, Basic: { } basic, Project: { } project }) return;
        foreach (var (name, cell) in FundsColumns.All)
        {
            if (cell(total) is not { Value: { } stated } at || cell(basic).Value is not { } b || cell(project).Value is not { } p) continue;
            var sum = b + p;
            if (!ValidationContext.AmountsEqual(stated, sum))
                context.Report(at, name, Numbers.Money(stated), Numbers.Money(b), Numbers.Money(p), Numbers.Money(sum), Numbers.Money(stated - sum));
        }
    }
}
