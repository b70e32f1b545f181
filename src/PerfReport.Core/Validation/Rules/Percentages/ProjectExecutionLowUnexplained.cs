using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class ProjectExecutionLowUnexplained : IValidationRule
{
    /// <summary>Project spending below this share of its budget (in percent) calls for an explanation.</summary>
    public const decimal Threshold = 60m;

    private static readonly string[] Explanations = ["执行率", "结转", "结余", "未执行", "未支出", "未使用", "未拨付", "未完成支出"];

    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3051",
        "项目支出执行率低而未作说明",
        "项目支出决算 {0} 只有本年预算 {1} 的 {2}（低于 {3}），正文没有说明原因",
        Severity.Warning,
        RuleCategory.Percentages,
        """
        ## 检查内容
        项目支出决算除以项目支出本年预算（取基础数据表项目支出一行；表中没有时取正文各项目的预算数与决算数之和）低于 60% 时，
        正文（绩效情况、存在的问题、改进措施、其他说明、项目支出用途或预决算差异原因）应说明原因，例如写到“执行率”“结转”“结余”“未支出”等。
        ## 为何重要
        项目资金大量未用，是绩效评价首先要解释的问题：是项目取消、延期，还是预算编得过大？
        ## 示例
        ```yaml
        basic_data_table:
          funds:
            project: { budget: 19.08, actual: 8.29 }    # 43.45%，正文没有提到
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (Find(m) is not var (budget, actual, at) || Numbers.PercentOf(actual, budget) is not { } rate || rate >= Threshold) return;
        if (SpendingExplanation.Found(m, Explanations)) return;
        context.Report(at, Numbers.Money(actual), Numbers.Money(budget), Numbers.Percent(rate), Numbers.Percent(Threshold));
    }

    private static (decimal Budget, decimal Actual, Located<decimal> At)? Find(Evaluation m)
    {
        if (m.BasicDataTable?.Funds?.Project is { Budget.Value: { } b, Actual: { Value: { } a } cell }) return (b, a, cell.AsLocated!);
        var projects = m.Expenditure?.Project?.Projects ?? [];
        if (Figures.SumOrNull(projects.Select(p => p.Budget)) is { } budget && Figures.SumOrNull(projects.Select(p => p.Actual)) is { } actual)
            return (budget, actual, m.Expenditure!.Project!.Total ?? projects[0].Actual!);
        return null;
    }
}
