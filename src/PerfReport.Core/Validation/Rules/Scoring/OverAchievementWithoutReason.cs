using PerfReport.Diagnostics;
using PerfReport.Scoring;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class OverAchievementWithoutReason : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4108",
        "超计划较大却未说明偏差原因",
        "“{0}”的实际完成值“{1}”达到年度指标值“{2}”的 {3} 倍以上（评分规则 {4}），请在 deviation 中说明原因（如指标值设定偏低）",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        正向或等于指标的实际完成值达到指标值的 1.3 倍（倍数由评分规则的 `over_achievement_factor` 决定）时，
        `deviation`（偏差原因分析及改进措施）不为空。
        ## 为何重要
        财预〔2020〕10号要求对偏差较大的指标分析原因：大幅超额往往说明指标值定得过低，
        财政部门会据此调整下一年度的目标。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 培训人次, target: 100人次, actual: 130人次, weight: 5 }   # PR4108：“培训人次”的实际完成值“130人次”达到年度指标值“100人次”的 1.3 倍以上（评分规则 mof-2020），请在 deviation 中说明原因（如指标值设定偏低）
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { Profile: { } profile } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            if (!i.OverAchieved || i.Source is not { Actual: { } actual } source) continue;
            if (!string.IsNullOrWhiteSpace(source.Deviation?.Value)) continue;
            context.Report(actual, i.Name, i.Actual, i.Target, Quantity.Number(profile.OverAchievementFactor), profile.Name);
        }
    }
}
