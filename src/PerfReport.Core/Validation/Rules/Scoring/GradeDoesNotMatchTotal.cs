using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class GradeDoesNotMatchTotal : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4109",
        "评价等级与总分不符",
        "评价等级写的是“{0}”，按评分规则 {1}，{2} 应为“{3}”",
        Severity.Error,
        RuleCategory.Indicators,
        """
        ## 检查内容
        `self_evaluation.grade` 与总分对应的等级一致：优 [90, 100]，良 [80, 90)，中 [60, 80)，差 60 以下
        （分界由评分规则的 `grade_bands` 决定）。总分按各指标得分（能计算的按计算结果）与预算执行率得分相加；有指标既算不出也没填得分时，按表中填写的总分核对，
        总分也没填的不核对（不用部分得分之和定等级）。
        ## 为何重要
        财政部门先看等级；等级与分数对不上，整份自评都会被质疑。
        ## 示例
        ```yaml
        self_evaluation:
          total_score: 88
          grade: 优        # 88 分应为“良”
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { Profile: { } profile } sheet || context.Model.SelfEvaluation?.Grade is not { } stated) return;

        // Against the computed total; when some indicator cannot be scored, against the stated total; with neither, a
        // grade cannot be checked (never against a partial sum).
        var (total, which) = sheet.Total is { } t ? (t, "总分") : sheet.StatedTotal is { } st ? (st, "表中填写的总分") : (-1m, "");
        if (which.Length == 0) return;
        var expected = profile.GradeOf(total);
        if (stated.Value != expected) context.Report(stated, stated.Value, sheet.ProfileName, $"{which} {Numbers.Score(total)}", expected);
    }
}
