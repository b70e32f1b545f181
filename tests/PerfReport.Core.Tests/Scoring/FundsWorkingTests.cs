using PerfReport.Scoring;
using static PerfReport.Tests.Scoring.ScoringTables;

namespace PerfReport.Tests.Scoring;

/// <summary>
/// The 预算执行率 line's working text, its reason when not computed, and where it points: written from Stryker's
/// survivors in Scoring/FundsScorer.cs (tests/mutation/README.md).
/// </summary>
public class FundsWorkingTests
{
    // Line 5 of the report ScoringTables.Funds builds; "  funds: { " puts the first value at column 12 + its key.
    [Theory]
    [InlineData("{ full_year_budget: 100, executed: 90, score: 9 }", 5, 30)]
    [InlineData("{ executed: 90, score: 9 }", 5, 22)]
    [InlineData("{ score: 9 }", 5, 19)]
    public void The_line_points_at_the_budget_else_the_executed_amount_else_the_score(string funds, int line, int column)
    {
        var f = Funds(funds);
        Assert.Equal((line, column), (f.Span.Line, f.Span.Column));
    }

    [Fact]
    public void A_zero_budget_is_marked_and_its_reason_heads_the_working()
    {
        var f = Funds("{ full_year_budget: 0, executed: 5 }");
        Assert.True(f.BudgetIsZero);
        Assert.Equal(ScoreBasis.None, f.Basis);
        Assert.Equal("全年预算数为 0，执行率无法计算", f.NotComputedReason);
        Assert.Equal("全年预算数为 0，执行率无法计算；未填写得分，无法计分", f.Working);
    }

    [Fact]
    public void Without_amounts_or_rate_a_stated_score_counts_and_the_working_says_so()
    {
        var f = Funds("{ weight: 10, score: 9 }");
        Assert.False(f.BudgetIsZero);
        Assert.Equal((ScoreBasis.Stated, 9m), (f.Basis, f.Score));
        Assert.Equal("缺少全年预算数或全年执行数，无法计算执行率", f.NotComputedReason);
        Assert.Equal("缺少全年预算数或全年执行数，无法计算执行率；采用填写得分 9", f.Working);
    }

    [Fact]
    public void A_computed_line_has_no_reason()
    {
        var f = Funds("{ full_year_budget: 100, executed: 90 }");
        Assert.Equal("", f.NotComputedReason);
        Assert.Equal("执行率 = 90.00 ÷ 100.00 = 90.00%；min(90.00%, 100%) × 10 = 9", f.Working);
    }

    [Theory]
    [InlineData("80", "执行率 = 80.00 ÷ 100.00 = 80.00%；分段计分：达到 80% 一档，得分值的 70%，10 × 70% = 7")]
    [InlineData("59.99", "执行率 = 59.99 ÷ 100.00 = 59.99%；分段计分：低于 60%，得 0")]
    public void Stepped_working_names_the_step_reached_or_the_lowest_step(string executed, string working)
    {
        var f = Funds($"{{ full_year_budget: 100, executed: {executed} }}", "scoring: { profile: jiangxi }");
        Assert.Equal(working, f.Working);
    }
}
