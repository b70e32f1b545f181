using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Indicators;

internal sealed class ScoreBelowWeightWithoutReason : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4001",
        "扣分而未写偏差原因",
        "“{0}”得分 {1} 低于分值 {2}（扣 {3} 分），偏差原因分析及改进措施为空",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        三级指标的得分（`score`）低于分值（`weight`）时，`deviation`（偏差原因分析及改进措施）应当填写。
        ## 为何重要
        财预〔2020〕10号要求对未完成或偏差较大的目标分析原因、提出改进措施；扣了分却不说明原因，自评就不完整。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 成本指标
                  indicators:
                    - { name: 各项业务工作经费不超过预算, target: 严格控制在预算内, actual: 基本控制在预算内, weight: 15, score: 14 }   # PR4001：“各项业务工作经费不超过预算”得分 14 低于分值 15（扣 1 分），偏差原因分析及改进措施为空
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var (_, _, i) in Validation.Indicators.All(context.Model))
        {
            if (i is not { Score: { } score, Weight: { } weight } || score.Value >= weight.Value || !string.IsNullOrWhiteSpace(i.Deviation?.Value)) continue;
            context.Report(score, i.Name?.Value ?? "", Numbers.Score(score.Value), Numbers.Score(weight.Value), Numbers.Score(weight.Value - score.Value));
        }
    }
}
