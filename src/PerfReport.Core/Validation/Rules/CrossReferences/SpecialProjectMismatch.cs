using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.CrossReferences;

internal sealed class SpecialProjectMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3013",
        "基础数据表专项与正文项目不符",
        "{0}“{1}”{2} {3} 与{4} {5} 不符（差 {6}）{7}",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        正文列出的项目（`expenditure.project.projects`）与基础数据表的专项各行按名称对应（名称可以略有不同，如多了“经费”二字或标点），对应的两行：
        - 本年决算数相同；两边都写了预算数时，本年预算数也相同。
        - 正文所列项目的决算数之和已等于项目支出时，基础数据表中正文未列的专项本年决算应为 0。
        - 专项各行本年决算之和已等于项目支出时，正文中有决算数、表中却未列的项目也报告。
        ## 为何重要
        正文和附表说的是同一批项目。常见的错误是附表照抄预算数，使附表的专项决算与正文的项目支出对不上。
        ## 示例
        ```yaml
        expenditure:
          project:
            total: 8.29
            projects:
              - { name: 调研、培训、维权、光彩事业, actual: 2.89 }
              - { name: 民营经济小组办公费, actual: 5.40 }
        basic_data_table:
          funds:
            special_projects:
              - { name: 调研、培训、维权、光彩事业, budget: 3.78, actual: 3.78 }   # 正文为 2.89
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (m.Expenditure?.Project is not { Projects.Count: > 0 } narrative || m.BasicDataTable?.Funds is not { SpecialProjects.Count: > 0 } funds) return;
        var projects = narrative.Projects;
        var rows = funds.SpecialProjects;
        var pairs = NameMatcher.Pair(projects.Select(p => p.Name?.Value).ToList(), rows.Select(r => r.Name?.Value).ToList());
        foreach (var (p, r) in pairs)
        {
            Compare(context, rows[r], "本年决算", rows[r].Row.Actual, projects[p].Actual);
            Compare(context, rows[r], "本年预算", rows[r].Row.Budget, projects[p].Budget);
        }

        var narrativeSum = Figures.SumOrNull(projects.Select(p => p.Actual));
        if (narrativeSum is { } ns && Figures.Project(m) is { } total && ValidationContext.AmountsEqual(ns, total))
        {
            foreach (var row in rows.Where((_, i) => pairs.All(x => x.Right != i)))
            {
                if (row.Row.Actual is { Value: { } v and not 0 } cell)
                    context.Report(cell, "专项", row.Name?.Value ?? "", "本年决算", Numbers.Money(v), "正文", Numbers.Money(0), Numbers.Money(v), $"；正文未列此项，而正文所列各项之和 {Numbers.Money(ns)} 已等于项目支出");
            }
        }

        if (FundsColumns.SumOrNull(rows.Select(r => r.Row.Actual)) is { } rs && funds.Project?.Actual.Value is { } tableTotal && ValidationContext.AmountsEqual(rs, tableTotal))
        {
            foreach (var project in projects.Where((_, i) => pairs.All(x => x.Left != i)))
            {
                if (project.Actual is { Value: not 0 } actual)
                    context.Report(actual, "正文项目", project.Name?.Value ?? "", "决算", Numbers.Money(actual.Value), "基础数据表", Numbers.Money(0), Numbers.Money(actual.Value), $"；基础数据表专项中未列此项，而专项各行本年决算之和 {Numbers.Money(rs)} 已等于项目支出");
            }
        }
    }

    private static void Compare(ValidationContext context, SpecialProjectRow row, string column, Cell cell, Located<decimal>? narrative)
    {
        if (cell.Value is not { } table || narrative is null || ValidationContext.AmountsEqual(table, narrative.Value)) return;
        context.Report(cell, "专项", row.Name?.Value ?? "", column, Numbers.Money(table), "正文", Numbers.Money(narrative.Value), Numbers.Money(table - narrative.Value), "");
    }
}
