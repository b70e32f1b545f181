using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class SpendingAboveLineBudgetUnexplained : IValidationRule
{
    /// <summary>Words that show the narrative discusses spending above a budget (the mirror of PR3051's list).</summary>
    private static readonly string[] Explanations =
        ["追加", "超支", "超预算", "超出预算", "超过预算", "调增", "调整预算", "预算调整", "增加预算", "预算增加"];

    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3053",
        "项目支出远超预算而未作说明",
        "{0}“{1}”本年决算 {2}{3}，正文没有说明原因（如年中追加、预算调整）",
        Severity.Warning,
        RuleCategory.Percentages,
        """
        ## 检查内容
        正文的每个项目（`expenditure.project.projects`，写了 `budget` 和 `actual` 的）和基础数据表的每个专项
        （`basic_data_table.funds.special_projects`；与正文项目同名而正文已写明预算和决算的不重复报告），本年决算超过本年预算的
        120%（本年预算为 0 而有支出也算）时，正文（绩效情况、存在的问题、改进措施、其他说明、结果应用、项目支出用途或预决算差异原因）
        应说明原因，例如写到“追加”“超支”“超预算”“调增”“预算调整”等。这一比例可在评分规则文件的 `over_execution_threshold`
        或数据文件的 `validation.over_execution_threshold` 中设定（后者优先）。与 PR3051（执行率低而未作说明）互为镜像。
        ## 为何重要
        一项支出远超年初安排，多是年中追加或从其他项目调剂；不加说明，预算的约束就无从谈起，也是审核首先要问的问题。
        ## 示例
        ```yaml
        expenditure:
          project:
            projects:
              - { name: 会员培训经费, budget: 10.00, actual: 13.00 }    # 130%，正文没有说明
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        var threshold = context.OverExecutionThreshold;
        var lines = Lines(m).Where(l => Over(l.Budget, l.Actual.Value, threshold)).ToList();
        if (lines.Count == 0 || SpendingExplanation.Found(m, Explanations)) return;
        foreach (var (what, name, budget, actual) in lines)
        {
            var how = Numbers.PercentOf(actual.Value, budget) is { } rate
                ? $" 为本年预算 {Numbers.Money(budget)} 的 {Numbers.Percent(rate)}（超过 {Numbers.Percent(threshold)}）"
                : "，而本年预算为 0";
            context.Report(actual, what, name, Numbers.Money(actual.Value), how);
        }
    }

    private static bool Over(decimal budget, decimal actual, decimal threshold) =>
        Numbers.PercentOf(actual, budget) is { } rate ? rate > threshold : actual > 0;

    /// <summary>The narrative's projects with both figures, then the 专项 rows that are not one of those under another name.</summary>
    private static IEnumerable<(string What, string Name, decimal Budget, Located<decimal> Actual)> Lines(Evaluation m)
    {
        var projects = m.Expenditure?.Project?.Projects ?? [];
        foreach (var p in projects)
        {
            if (p is { Budget: { } b, Actual: { } a }) yield return ("项目", p.Name?.Value ?? "", b.Value, a);
        }

        var rows = m.BasicDataTable?.Funds?.SpecialProjects ?? [];
        if (rows.Count == 0) yield break;
        var pairs = NameMatcher.Pair(projects.Select(p => p.Name?.Value).ToList(), rows.Select(r => r.Name?.Value).ToList());
        for (var i = 0; i < rows.Count; i++)
        {
            var covered = pairs.Any(x => x.Right == i && projects[x.Left] is { Budget: not null, Actual: not null });
            if (!covered && rows[i].Row is { Budget.Value: { } b, Actual: { Value: not null } cell })
                yield return ("专项", rows[i].Name?.Value ?? "", b, cell.AsLocated!);
        }
    }
}
