using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class ProjectActualsMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2005",
        "项目支出与各项目决算数之和不符",
        "项目支出 {0} 与各项目决算数之和 {1} 不符（差 {2}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        `expenditure.project.total` 等于 `projects` 各项 `actual`（决算数）之和。任何一个项目没写决算数时不核对。
        ## 为何重要
        正文写“项目支出 8.29 万元，其中：……”，列出的各项目加起来应正好是项目支出；少列或多列都会让读者误解资金去向。
        ## 示例
        ```yaml
        expenditure:
          project:
            total: 8.29   # PR2005：项目支出 8.29 与各项目决算数之和 9.18 不符（差 -0.89）
            projects:
              - { name: 三小生活困难补助, actual: 0.90 }
              - { name: 民营经济小组办公费, actual: 4.50 }
              - { name: 调研、培训、维权、光彩事业, actual: 3.78 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.Expenditure?.Project is not { Total: { } total } project) return;
        if (Figures.SumOrNull(project.Projects.Select(p => p.Actual)) is not { } sum) return;
        if (!ValidationContext.AmountsEqual(total.Value, sum))
            context.Report(total, Numbers.Money(total.Value), Numbers.Money(sum), Numbers.Money(total.Value - sum));
    }
}
