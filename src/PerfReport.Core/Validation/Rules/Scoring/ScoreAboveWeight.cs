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
        self_evaluation:
          funds:
            full_year_budget: 100
            executed: 100
            weight: 10
            score: 12   # PR4103：“预算执行率”的得分 12 超过分值 10
          indicators:
            - name: 效益指标
              categories:
                - name: 满意度指标
                  indicators:
                    - { name: 群众满意度, target: 90%, actual: 98%, weight: 5, score: 5.4 }   # PR4103：“群众满意度”的得分 5.4 超过分值 5
                    - { name: 制度建设, target: 健全, actual: 健全, weight: 5, score: 6 }   # PR4103：“制度建设”的得分 6 超过分值 5
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
