using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class TotalScoreMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2015",
        "总分与各项得分之和不符",
        "总分 {0} 与三级指标得分之和 {1} 加预算执行率得分 {2} = {3} 不符（差 {4}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        自评表的 `total_score`（总分）等于所有三级指标的得分之和加上预算执行率得分（`funds.score`）。总分、执行率得分或某个三级指标得分没写时不核对（工具会计算）。
        ## 为何重要
        总分决定自评等级；与各项得分之和不符，等级就没有依据。
        ## 示例
        ```yaml
        self_evaluation:
          funds: { score: 10 }
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 培训人次, target: 100, actual: 100, weight: 90, score: 88 }
          total_score: 99         # 88 + 10 = 98
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.SelfEvaluation is not { TotalScore: { } total, Funds.Score: { } fundsScore } evaluation) return;
        var indicators = evaluation.Indicators.SelectMany(g => g.Categories).SelectMany(c => c.Indicators);
        if (Figures.SumOrNull(indicators.Select(i => i.Score)) is not { } sum) return;
        var computed = sum + fundsScore.Value;
        if (total.Value != computed)
            context.Report(total, Numbers.Score(total.Value), Numbers.Score(sum), Numbers.Score(fundsScore.Value), Numbers.Score(computed), Numbers.Score(total.Value - computed));
    }
}
