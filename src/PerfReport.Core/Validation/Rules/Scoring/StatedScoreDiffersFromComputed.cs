using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Scoring;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class StatedScoreDiffersFromComputed : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4101",
        "定量指标的得分与计算结果不符",
        "“{0}”的得分 {1} 与按评分规则计算的 {2} 不符（{3}）",
        Severity.Error,
        RuleCategory.Indicators,
        """
        ## 检查内容
        定量指标（年度指标值和实际完成值都是数字、单位相同）填写的得分，等于按评分规则算出的得分：
        正向指标完成值不低于指标值得满分，否则按 完成值 ÷ 指标值 × 分值；反向指标按所选方法；四舍五入保留两位小数。
        ## 为何重要
        财政部门按同样的规则复核得分；凭感觉打的分与规则不符，自评结果就不可信。`perfreport score` 会列出每个指标的算式。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 项目完成率, target: 100%, actual: 98%, weight: 10, score: 10 }   # PR4101：“项目完成率”的得分 10 与按评分规则计算的 9.8 不符（正向：98% ÷ 100% × 10 = 9.8）
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            if (i is not { Basis: ScoreBasis.Computed, Computed: { } computed, Source.Score: { } stated }) continue;
            if (stated.Value == computed || (i.Weight is { } w && stated.Value > w)) continue;
            context.Report(stated, i.Name, Numbers.Score(stated.Value), Numbers.Score(computed), i.Working);
        }
    }
}
