using PerfReport.Scoring;
using static PerfReport.Tests.Scoring.ScoringTables;

namespace PerfReport.Tests.Scoring;

/// <summary>Every kind and every boundary, computed by hand.</summary>
public class IndicatorScoringTests
{
    [Fact]
    public void Positive_below_target_is_proportional()
    {
        var i = One("{ name: 完成率, target: 100%, actual: 98%, weight: 10 }");
        Assert.Equal(ScoreKind.Positive, i.Kind);
        Assert.Equal(9.8m, i.Computed);
        Assert.Equal("正向：98% ÷ 100% × 10 = 9.8", i.Working);
        Assert.Equal("指标值写“100%”，未写比较符号，按正向指标计分（完成值不低于指标值得满分）", i.KindReason);
    }

    [Fact]
    public void Positive_with_a_sign_states_its_reason()
    {
        var i = One("{ name: 满意度, target: ≥95%, actual: 90%, weight: 10 }");
        Assert.Equal("指标值写“≥95%”，按正向指标计分", i.KindReason);
        Assert.Equal(9.47m, i.Computed); // 90 / 95 × 10 = 9.4736…
    }

    [Theory]
    [InlineData("100%", "100%", "10")]      // exactly at target
    [InlineData("100%", "120%", "10")]      // above target: never above the weight
    [InlineData("100%", "0%", "0")]         // zero actual
    [InlineData("0%", "0%", "10")]          // zero target: anything ≥ 0 reaches it
    [InlineData("6场", "5场", "8.33")]
    [InlineData("3次", "2次", "6.67")]
    public void Positive_boundaries(string target, string actual, string score) =>
        Assert.Equal(score, ScoreNames.Format(One($"{{ name: x, target: {target}, actual: {actual}, weight: 10 }}").Computed!.Value));

    [Fact]
    public void Rounding_is_half_up_once_per_indicator()
    {
        // 200.5 / 1000 × 1 = 0.2005 → 0.2 (kept as 0.20); 0.005 rounds up: 1 / 200 × 1 = 0.005 → 0.01
        Assert.Equal(0.01m, One("{ name: x, target: 200, actual: 1, weight: 1 }").Computed);
        Assert.Equal(0.2m, One("{ name: x, target: 1000, actual: 200.5, weight: 1 }").Computed);
        // 8.125 exactly → 8.13 (half up, not to even)
        Assert.Equal(8.13m, One("{ name: x, target: 80, actual: 65, weight: 10 }").Computed);
    }

    [Fact]
    public void Totals_add_the_rounded_scores()
    {
        // two indicators of 1/3 × 10 = 3.333… each → 3.33 + 3.33 = 6.66 (not 6.67)
        var sheet = Sheet(Report("", "{ name: a, target: 3次, actual: 1次, weight: 10 }", "{ name: b, target: 3次, actual: 1次, weight: 10 }"));
        Assert.Equal(6.66m, sheet.Groups[0].Score);
        Assert.Equal(6.66m, sheet.Total);
    }

    [Fact]
    public void Zero_weight_scores_zero()
    {
        var i = One("{ name: x, target: 100%, actual: 50%, weight: 0 }");
        Assert.Equal(0m, i.Computed);
    }

    [Theory]
    [InlineData("ratio", "≤100万元", "120万元", "8.33", "反向：100万元 ÷ 120万元 × 10 = 8.33")]
    [InlineData("deviation", "≤100万元", "120万元", "8", "反向（偏离度法）：(1 − (120万元 − 100万元) ÷ 100万元) × 10 = 8")]
    [InlineData("ratio", "≤100万元", "250万元", "4", "反向：100万元 ÷ 250万元 × 10 = 4")]
    [InlineData("deviation", "≤100万元", "200万元", "0", "反向（偏离度法）：200万元 ≥ 2 × 100万元，得 0")]
    [InlineData("ratio", "≤100万元", "100万元", "10", "反向：100万元 ≤ 100万元，得满分 10")]
    [InlineData("deviation", "不超过100万元", "0万元", "10", "反向：0万元 ≤ 100万元，得满分 10")]
    [InlineData("ratio", "≤0%", "3%", "0", "反向：指标值为 0，实际 3% > 0，得 0")]
    [InlineData("deviation", "≤0%", "3%", "0", "反向：指标值为 0，实际 3% > 0，得 0")]
    public void Negative_per_method(string method, string target, string actual, string score, string working)
    {
        var i = One($"{{ name: x, target: {target}, actual: {actual}, weight: 10 }}", $"scoring: {{ negative_method: {method} }}");
        Assert.Equal(ScoreKind.Negative, i.Kind);
        Assert.Equal(score, ScoreNames.Format(i.Computed!.Value));
        Assert.Equal(working, i.Working);
    }

    [Theory]
    [InlineData("控制在100万元以内")]
    [InlineData("不超过100万元")]
    [InlineData("<100万元")]
    public void Negative_is_inferred_from_the_wording(string target)
    {
        var i = One($"{{ name: x, target: {target}, actual: 110万元, weight: 11 }}");
        Assert.Equal(ScoreKind.Negative, i.Kind);
        Assert.Equal(10m, i.Computed); // 100 / 110 × 11
        Assert.Equal($"指标值写“{target}”，按反向指标计分", i.KindReason);
    }

    [Theory]
    [InlineData("=100%", "98%", "9.8")]
    [InlineData("=100%", "100%", "10")]
    [InlineData("=0", "0", "10")]
    [InlineData("=0", "-1", "10")]
    [InlineData("=0", "1", "0")]
    public void Equality(string target, string actual, string score)
    {
        var i = One($"{{ name: x, target: \"{target}\", actual: \"{actual}\", weight: 10 }}");
        Assert.Equal(ScoreKind.Equal, i.Kind);
        Assert.Equal(score, ScoreNames.Format(i.Computed!.Value));
    }

    [Fact]
    public void Explicit_kind_wins_and_says_so()
    {
        var i = One("{ name: x, kind: negative, target: 100, actual: 125, weight: 10 }");
        Assert.Equal(ScoreKind.Negative, i.Kind);
        Assert.Equal("kind 写明为反向，按反向指标计分", i.KindReason);
        Assert.Equal(8m, i.Computed);
    }

    [Fact]
    public void Qualitative_without_a_score_and_achieved_gets_the_full_weight()
    {
        var i = One("{ name: x, target: 严格控制在预算内, actual: 严格控制在预算内, weight: 15 }");
        Assert.Equal(ScoreKind.Qualitative, i.Kind);
        Assert.Null(i.Computed);
        Assert.Equal(15m, i.Score);
        Assert.Equal(ScoreBasis.Default, i.Basis);
    }

    [Theory]
    [InlineData("achieved", 15, "[12, 15]")]
    [InlineData("partial", 15, "[9, 12)")]
    [InlineData("not_achieved", 15, "[0, 9)")]
    [InlineData("achieved", 7, "[5.6, 7]")]
    [InlineData("partial", 3.33, "[2, 2.66)")]
    public void Qualitative_bands(string grade, decimal weight, string band)
    {
        var i = One($"{{ name: x, target: 健全, actual: 健全, grade: {grade}, weight: {weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}, score: 0 }}");
        Assert.Equal(band, i.Band!.Show());
    }

    [Fact]
    public void Band_edges_at_80_and_60_percent()
    {
        var achieved = One("{ name: x, target: 健全, actual: 健全, weight: 10, score: 8 }").Band!;
        Assert.True(achieved.Contains(8m));
        Assert.False(achieved.Contains(7.99m));
        Assert.True(achieved.Contains(10m));
        Assert.False(achieved.Contains(10.01m));
        var partial = One("{ name: x, target: 健全, actual: 健全, grade: partial, weight: 10, score: 6 }").Band!;
        Assert.True(partial.Contains(6m));
        Assert.True(partial.Contains(7.99m));
        Assert.False(partial.Contains(8m));
        Assert.False(partial.Contains(5.99m));
    }

    [Fact]
    public void Unparseable_values_leave_the_indicator_unscored_and_the_rest_scored()
    {
        var sheet = Sheet(Report("", "{ name: a, target: 约100%, actual: 100%, weight: 10 }", "{ name: b, target: 100%, actual: 一百, weight: 10, score: 9 }", "{ name: c, target: 100%, actual: 50%, weight: 10 }"));
        var rows = sheet.Indicators.ToList();
        Assert.Null(rows[0].Kind);
        Assert.Equal(ScoreBasis.None, rows[0].Basis);
        Assert.Null(rows[0].Score);
        Assert.Equal(ScoreBasis.Stated, rows[1].Basis);
        Assert.Equal(9m, rows[1].Score);
        Assert.Equal(5m, rows[2].Computed);
        Assert.Equal(14m, sheet.ScoredSum);
        Assert.False(sheet.Complete);
        Assert.Null(sheet.Total); // never a total (or a grade) made of a partial sum
        Assert.Null(sheet.Grade);
        Assert.Equal(["a"], sheet.Unscored.Select(u => u.Name));
    }

    [Fact]
    public void A_complete_sheet_has_a_total_and_a_grade()
    {
        var sheet = Sheet(Report("", "{ name: a, target: 100%, actual: 50%, weight: 10 }", "{ name: b, target: 健全, actual: 健全, weight: 10 }"));
        Assert.True(sheet.Complete);
        Assert.Equal(15m, sheet.Total);
        Assert.Equal("差", sheet.Grade);
    }

    [Theory]
    [InlineData("≥50个", "50", "正向：50个 ≥ 50个，得满分 10（实际完成值未写单位，按指标值的单位“个”计）")]
    [InlineData("40", "50个", "正向：50个 ≥ 40个，得满分 10（年度指标值未写单位，按实际完成值的单位“个”计）")]
    [InlineData("≥2万亩", "15000亩", "正向：1.5万亩 ÷ 2万亩 × 10 = 7.5（实际完成值 15000亩 = 1.5万亩）")]
    [InlineData("≤0起", "2起", "反向：指标值为 0，实际 2起 > 0，得 0")]
    public void The_working_says_how_the_units_were_brought_together(string target, string actual, string working) =>
        Assert.Equal(working, One($"{{ name: x, target: \"{target}\", actual: \"{actual}\", weight: 10 }}").Working);

    [Fact]
    public void A_zero_target_without_a_sign_is_scored_as_negative()
    {
        var i = One("{ name: 安全事故, target: 0起, actual: 1起, weight: 5 }");
        Assert.Equal(ScoreKind.Negative, i.Kind);
        Assert.Equal("指标值写“0起”，目标为 0 且未写比较符号，按反向指标计分（实际为 0 得满分，大于 0 得 0）", i.KindReason);
        Assert.Equal(0m, i.Computed);
    }

    [Fact]
    public void Units_that_do_not_convert_stay_a_mismatch()
    {
        var i = One("{ name: x, target: ≥6场, actual: 6次, weight: 5 }");
        Assert.True(i.UnitMismatch);
        Assert.Null(i.Computed);
        Assert.Equal("无法计算（指标值单位“场”与实际完成值单位“次”不同，不能换算）：未填写得分，无法计分", i.Working);
    }

    [Fact]
    public void Unit_mismatch_is_not_computed()
    {
        var i = One("{ name: x, target: 6场, actual: 100%, weight: 5, score: 5 }");
        Assert.Null(i.Computed);
        Assert.Equal(ScoreBasis.Stated, i.Basis);
        Assert.Contains("单位", i.Working, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_score_above_the_weight_counts_as_the_weight_when_not_computable()
    {
        var i = One("{ name: x, target: 健全, actual: 健全, weight: 5, score: 6 }");
        Assert.Equal(5m, i.Score);
    }

    [Fact]
    public void Computed_scores_count_over_stated_ones()
    {
        var i = One("{ name: x, target: 100%, actual: 98%, weight: 10, score: 10 }");
        Assert.Equal(9.8m, i.Score);
        Assert.Equal(10m, i.Stated);
    }

    [Theory]
    [InlineData("100人", "130人", true)]
    [InlineData("100人", "129.9人", false)]
    [InlineData("0人", "50人", false)]
    public void Over_achievement_at_the_factor(string target, string actual, bool over) =>
        Assert.Equal(over, One($"{{ name: x, target: {target}, actual: {actual}, weight: 5 }}").OverAchieved);

    [Fact]
    public void Over_achievement_factor_is_a_setting() =>
        Assert.False(One("{ name: x, target: 100人, actual: 130人, weight: 5 }", "scoring: { over_achievement_factor: 1.5 }").OverAchieved);

    [Fact]
    public void Grade_bands_at_their_edges()
    {
        static string GradeOf(string actual) => Sheet(Report("", $"{{ name: x, target: 100, actual: {actual}, weight: 100 }}")).Grade!;
        Assert.Equal("优", GradeOf("90"));
        Assert.Equal("良", GradeOf("89.99"));
        Assert.Equal("良", GradeOf("80"));
        Assert.Equal("中", GradeOf("79.99"));
        Assert.Equal("中", GradeOf("60"));
        Assert.Equal("差", GradeOf("59.99"));
    }
}
