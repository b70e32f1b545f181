using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class ScoringProfileProblem : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4111",
        "评分规则设置有误",
        "{0}",
        Severity.Error,
        RuleCategory.Indicators,
        """
        ## 检查内容
        `scoring.profile` 是内置评分规则之一（mof-2020、jiangxi），`scoring.profile_file` 指向一个能读取、写法正确的
        评分规则文件，`scoring` 下改写的单项设置取值合理。评分规则文件中的问题会写明在该文件的第几行第几列。
        ## 为何重要
        评分规则决定每个指标怎么算分；规则有误时工具改用默认规则（mof-2020）计分，结果可能与本地要求不同。
        ## 示例
        ```yaml
        scoring:
          profile: jiangsu   # PR4111：没有名为 "jiangsu" 的内置评分规则（内置：jiangxi、mof-2020）
        self_evaluation:
          indicators: []
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { } sheet) return;
        foreach (var issue in sheet.ProfileIssues) context.Report(issue.Span, issue.Path, issue.Message);
    }
}
