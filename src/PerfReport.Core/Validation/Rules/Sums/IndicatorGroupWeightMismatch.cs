using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class IndicatorGroupWeightMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2013",
        "一级指标分值与其三级指标分值之和不符",
        "{0}标明 {1} 分，其下各三级指标分值之和为 {2} 分（差 {3}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        自评表中每个一级指标标明的分值（如“产出指标（50分）”，即 `weight`）等于其下所有三级指标分值之和。一级指标没写分值、或某个三级指标没写分值时不核对。
        ## 为何重要
        分值逐级汇总；一级指标标明的分值与实际分配不符，总分就不是 100 分制，得分失去可比性。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              weight: 50   # PR2013：产出指标标明 50 分，其下各三级指标分值之和为 45 分（差 5）
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 培训人次, target: 100, actual: 100, weight: 20 }
                - name: 时效指标
                  indicators:
                    - { name: 完成及时率, target: 100%, actual: 100%, weight: 25 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var group in context.Model.SelfEvaluation?.Indicators ?? [])
        {
            if (group.Weight is not { } weight) continue;
            var indicators = group.Categories.SelectMany(c => c.Indicators).ToList();
            if (Figures.SumOrNull(indicators.Select(i => i.Weight)) is not { } sum) continue;
            if (weight.Value != sum)
                context.Report(weight, group.Name?.Value ?? "一级指标", Numbers.Score(weight.Value), Numbers.Score(sum), Numbers.Score(weight.Value - sum));
        }
    }
}
