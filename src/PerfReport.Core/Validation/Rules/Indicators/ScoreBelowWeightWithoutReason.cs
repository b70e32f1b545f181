using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Indicators;

internal sealed class ScoreBelowWeightWithoutReason : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4001",
        "扣分而未写偏差原因",
        "“{0}”得分 {1}{4}低于分值 {2}（扣 {3} 分），偏差原因分析及改进措施为空",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        三级指标的得分低于分值（`weight`）时，`deviation`（偏差原因分析及改进措施）应当填写。得分是填写的（`score`），
        或是工具按评分规则算出的（没填得分，或填了满分而按实际完成值算不到满分）：扣分同样要说明原因。
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
        var scored = context.Sheet?.Indicators.ToDictionary(x => x.YamlPath, StringComparer.Ordinal) ?? [];
        foreach (var (_, _, i) in Validation.Indicators.All(context.Model))
        {
            if (i.Weight is not { } weight || !string.IsNullOrWhiteSpace(i.Deviation?.Value)) continue;
            if (i.Score is { } score)
            {
                if (score.Value < weight.Value) Report(context, score.Span, score.Path, i, score.Value, weight.Value, " ");
                else if (Computed(scored, i) is { } c && c < weight.Value) Report(context, score.Span, score.Path, i, c, weight.Value, "（按评分规则计算）");
            }
            else if (Computed(scored, i) is { } c && c < weight.Value && (i.Actual ?? i.Name) is { } at)
            {
                Report(context, at.Span, at.Path, i, c, weight.Value, "（未填写得分，按评分规则计算）");
            }
        }
    }

    /// <summary>The score the tool computes from the figures (a formula, not a stated or default score), if any.</summary>
    private static decimal? Computed(Dictionary<string, PerfReport.Scoring.IndicatorScore> scored, Indicator i) =>
        scored.GetValueOrDefault(i.Path) is { Basis: PerfReport.Scoring.ScoreBasis.Computed, Computed: { } c } ? c : null;

    private static void Report(ValidationContext context, PerfReport.Text.SourceSpan span, string path, Indicator i, decimal score, decimal weight, string how) =>
        context.Report(span, path, i.Name?.Value ?? "", Numbers.Score(score), Numbers.Score(weight), Numbers.Score(weight - score), how);
}
