using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Scoring;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class ScoreOutsideGradeBand : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4102",
        "定性指标的得分不在评价档次的区间内",
        "“{0}”的得分 {1} 不在{2}档 {3} 之内{4}",
        Severity.Error,
        RuleCategory.Indicators,
        """
        ## 检查内容
        定性指标（以及无法按数字计算的指标）的得分落在所评档次的区间内：达成年度指标 [80%, 100%] × 分值，
        部分达成并具有一定效果 [60%, 80%)，未达成且效果较差 [0, 60%)（比例可由评分规则调整）。
        档次用 `grade` 写明（achieved / partial / not_achieved），不写按“达成”。
        ## 为何重要
        财预〔2020〕10号的自评表按档次给分，单位只能在档内选分；档外的分数会被财政部门退回。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 效益指标
              categories:
                - name: 社会效益指标
                  indicators:
                    - { name: 制度健全性, target: 健全, actual: 基本健全, weight: 10, score: 7 }   # PR4102：“制度健全性”的得分 7 不在达成档 [8, 10]（未写 grade，按达成） 之内
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { Profile: { } profile } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            if (i is not { Basis: ScoreBasis.Stated, Band: { } band, Weight: { } w, Source.Score: { } stated }) continue;
            if (band.Contains(stated.Value) || stated.Value > w) continue;
            var fits = Vocabulary.Grades.FirstOrDefault(g => IndicatorScorer.Band(g.Grade, w, profile).Contains(stated.Value));
            var hint = fits is null ? "" : $"；这个得分属于{fits.Label}档，如确属{fits.Label}，请写 grade: {fits.Code}";
            var assumed = i.Source?.Grade is null ? "（未写 grade，按达成）" : "";
            context.Report(stated, i.Name, Numbers.Score(stated.Value), band.Grade, band.Show() + assumed, hint);
        }
    }
}
