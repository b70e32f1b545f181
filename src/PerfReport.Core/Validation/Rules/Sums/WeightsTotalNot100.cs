using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class WeightsTotalNot100 : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2014",
        "分值合计不是 100 分",
        "三级指标分值之和 {0} 加预算执行率分值 {1} 为 {2} 分，应为 100 分（差 {3}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        自评表所有三级指标的分值之和，加上预算执行率的分值（`self_evaluation.funds.weight`，不写时按 10 分），等于 100。某个三级指标没写分值时不核对。
        ## 为何重要
        自评表是百分制，总分和等级（优、良、中、差）都以 100 分为基准。
        ## 示例
        ```yaml
        self_evaluation:
          funds: { weight: 10 }
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 培训人次, target: 100, actual: 100, weight: 85 }   # 85 + 10 = 95
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.SelfEvaluation is not { Indicators.Count: > 0 } evaluation) return;
        var indicators = evaluation.Indicators.SelectMany(g => g.Categories).SelectMany(c => c.Indicators).ToList();
        if (Figures.SumOrNull(indicators.Select(i => i.Weight)) is not { } sum) return;
        var fundsWeight = evaluation.Funds?.Weight?.Value ?? context.Sheet?.Funds?.Weight ?? context.Profile.FundsWeight;
        var total = sum + fundsWeight;
        if (total == 100m) return;
        var at = evaluation.Funds?.Weight ?? evaluation.Indicators.Select(g => g.Weight).FirstOrDefault(w => w is not null) ?? indicators[0].Weight!;
        context.Report(at, Numbers.Score(sum), Numbers.Score(fundsWeight), Numbers.Score(total), Numbers.Score(total - 100m));
    }
}
