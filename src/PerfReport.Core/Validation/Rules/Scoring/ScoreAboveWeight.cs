using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class ScoreAboveWeight : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4103",
        "得分超过分值",
        "“{0}”的得分 {1} 超过分值 {2}",
        Severity.Error,
        RuleCategory.Indicators,
        """
        ## 检查内容
        每个三级指标和预算执行率的得分都不超过它的分值。
        ## 为何重要
        “得分不得突破权重总额”：超额完成也只得满分；超过分值的得分会让总分超过 100。
        ## 示例
        ```yaml
        - { name: 群众满意度, target: 90%, actual: 98%, weight: 5, score: 5.4 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            if (i is { Weight: { } w, Source.Score: { } stated } && stated.Value > w)
                context.Report(stated, i.Name, Numbers.Score(stated.Value), Numbers.Score(w));
        }

        if (sheet.Funds is { Source.Score: { } score, Weight: var fw } && score.Value > fw)
            context.Report(score, "预算执行率", Numbers.Score(score.Value), Numbers.Score(fw));
    }
}
