using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class TotalScoreMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2015",
        "总分与各项得分之和不符",
        "总分 {0} 与三级指标得分之和 {1} 加预算执行率得分 {2} = {3} 不符（差 {4}）{5}",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        自评表的 `total_score`（总分）等于所有三级指标的得分之和加上预算执行率得分（`funds.score`）。
        填了的得分按所填的加；没填的由工具计算（能按数字计算的按计算结果，定性指标评为达成的按满分，执行率按金额或所填执行率），
        再与总分核对。有指标既算不出也没填得分时，总分无从核对（PR4113 会指出这些指标）。
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
        if (context.Model.SelfEvaluation?.TotalScore is not { } total || context.Sheet is not { } sheet) return;

        // Each part as the table states it, else as the tool finds it; nothing found for some part: nothing to check.
        var parts = sheet.Indicators.Select(i => (Value: i.Stated ?? i.Score, ByTool: i.Stated is null)).ToList();
        if (parts.Any(p => p.Value is null)) return;
        var funds = sheet.Funds is { } f ? (Value: f.Stated ?? f.Score, ByTool: f.Stated is null) : (Value: (decimal?)0m, ByTool: false);
        if (funds.Value is not { } fundsScore) return;
        var sum = parts.Sum(p => p.Value!.Value);
        var computed = sum + fundsScore;
        if (total.Value == computed) return;
        var byTool = parts.Count(p => p.ByTool);
        var note = byTool > 0 && funds.ByTool ? $"；其中 {byTool} 个指标的得分和预算执行率得分未填写，按工具计算的得分计"
            : byTool > 0 ? $"；其中 {byTool} 个指标的得分未填写，按工具计算的得分计"
            : funds.ByTool ? "；预算执行率得分未填写，按工具计算的得分计"
            : "";
        context.Report(total, Numbers.Score(total.Value), Numbers.Score(sum), Numbers.Score(fundsScore), Numbers.Score(computed), Numbers.Score(total.Value - computed), note);
    }
}
