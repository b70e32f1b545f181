using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Indicators;

internal sealed class ScoreBelowWeightThoughTargetMet : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4002",
        "实际完成值与指标值相同却扣分",
        "“{0}”实际完成值与年度指标值相同（“{1}”），得分 {2} 却低于分值 {3}",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        三级指标的实际完成值（`actual`）与年度指标值（`target`）写得完全一样（不计空格）时，得分应等于分值。
        ## 为何重要
        完成值与指标值相同，说明目标已经达成，按评分规则应得满分；扣分却不说明理由，得分就没有依据。若确有不足，应在实际完成值中写明，并填写偏差原因。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 成本指标
                  indicators:
                    - { name: 各项业务工作经费不超过预算, target: 严格控制在预算内, actual: 严格控制在预算内, weight: 15, score: 14 }   # PR4002：“各项业务工作经费不超过预算”实际完成值与年度指标值相同（“严格控制在预算内”），得分 14 却低于分值 15
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var (_, _, i) in Validation.Indicators.All(context.Model))
        {
            if (i is not { Score: { } score, Weight: { } weight, Target: { } target, Actual: { } actual } || score.Value >= weight.Value) continue;
            var t = Validation.Indicators.Squeeze(target.Value);
            if (t.Length == 0 || t != Validation.Indicators.Squeeze(actual.Value)) continue;
            context.Report(score, i.Name?.Value ?? "", target.Value.Trim(), Numbers.Score(score.Value), Numbers.Score(weight.Value));
        }
    }
}
