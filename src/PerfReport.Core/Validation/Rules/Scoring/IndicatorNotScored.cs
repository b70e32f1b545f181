using PerfReport.Diagnostics;
using PerfReport.Scoring;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class IndicatorNotScored : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4113",
        "指标既无法计算也没有填写得分",
        "“{0}”无法计分（{1}），也没有填写得分；自评表因此不完整，总分和等级无法得出，请填写得分或改正指标值",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        每个三级指标要么能按数字算出得分，要么填写了得分。定性指标评为“达成”而未填得分的，按满分计，不在此列。
        预算执行率一栏同样：要么有全年预算数和全年执行数（或填写的执行率），要么填写了得分。
        ## 为何重要
        既算不出也没填的指标没有得分，自评表就不完整：工具不会用其余指标的得分之和充当总分、评定等级，
        生成的自评表“总分”一栏照填写的印出，没填的留空。实际完成值或指标值无法识别的，只在 PR4104 中报告一次。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 制度建设, target: 健全, actual: 基本健全, weight: 5, grade: partial }   # PR4113：“制度建设”无法计分（定性指标评为部分达成，须填写档内得分 [3, 4)），也没有填写得分，按 0 分计入总分
                    - { name: 会员活动, target: 6场, actual: 100%, weight: 5 }   # PR4113：“会员活动”无法计分（无法计算（指标值单位“场”与实际完成值单位“%”不同）），也没有填写得分，按 0 分计入总分
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            if (i.Basis != ScoreBasis.None) continue;
            if (i.Kind != ScoreKind.Qualitative && (i.TargetValue?.Form == ValueForm.Unparseable || i.ActualValue?.Form == ValueForm.Unparseable)) continue; // PR4104 says it
            var why = i.Kind == ScoreKind.Qualitative && i.Band is { } band
                ? $"定性指标评为{band.Grade}，须填写档内得分 {band.Show()}"
                : i.NotComputedReason;
            var at = i.Source?.Name;
            if (at is null) context.Report(i.Span, i.YamlPath, i.Name, why);
            else context.Report(at, i.Name, why);
        }

        // The 预算执行率 line is a row of the sheet like any other: with neither amounts, rate nor score it has no score.
        if (sheet.Funds is { Basis: ScoreBasis.None } funds)
        {
            var at = funds.Source?.Weight;
            var why = funds.NotComputedReason;
            if (at is null) context.Report(funds.Span, "self_evaluation.funds", "预算执行率", why);
            else context.Report(at, "预算执行率", why);
        }
    }
}
