using PerfReport.Scoring;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Scoring;

/// <summary>The samples score as domain.md §5 items 12–17 work them out by hand.</summary>
public class SampleScoringTests
{
    private static ScoreSheet Sheet(string sample)
    {
        var result = Compilation.Validate(SourceText.From("samples/" + sample, Repo.Read("samples", sample)), CompilationOptions.Default);
        return result.ScoreSheet ?? throw new InvalidOperationException("no sheet");
    }

    [Fact]
    public void As_published_scores_99_and_grade_excellent()
    {
        var sheet = Sheet("2022-as-published.yaml");
        Assert.Equal("mof-2020", sheet.ProfileName);
        Assert.Equal(99m, sheet.Total);
        Assert.Equal(100m, sheet.MaxTotal);
        Assert.Equal("优", sheet.Grade);
        Assert.True(sheet.Complete);
        Assert.Equal([49m, 40m], sheet.Groups.Select(g => g.Score));
        Assert.Equal(10m, sheet.Funds!.Score);
        Assert.Equal(100m, sheet.Funds.RatePercent);
    }

    [Fact]
    public void As_published_cost_indicator_counts_its_stated_14_inside_the_achieved_band()
    {
        var cost = Sheet("2022-as-published.yaml").Indicators.Single(i => i.Category == "成本指标");
        Assert.Equal(ScoreKind.Qualitative, cost.Kind);
        Assert.Null(cost.Computed);
        Assert.Equal(14m, cost.Score);
        Assert.Equal(ScoreBasis.Stated, cost.Basis);
        Assert.Equal(new ScoreBand("达成", 12m, 15m, true), cost.Band);
        Assert.True(cost.Band!.Contains(14m));
        Assert.Contains("严格控制在预算内", cost.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void As_published_shifted_quality_row_counts_its_stated_score()
    {
        var quality = Sheet("2022-as-published.yaml").Indicators.Single(i => i.Category == "质量指标");
        Assert.Null(quality.Computed);
        Assert.Equal(5m, quality.Score);
        Assert.Equal(ScoreBasis.Stated, quality.Basis);
    }

    [Fact]
    public void Corrected_sample_scores_99_with_the_quality_row_computed()
    {
        var sheet = Sheet("2022.yaml");
        Assert.Equal(99m, sheet.Total);
        Assert.Equal("优", sheet.Grade);
        var quality = sheet.Indicators.Single(i => i.Category == "质量指标");
        Assert.Equal(5m, quality.Computed);
        Assert.Equal("正向：100% ≥ 100%，得满分 5", quality.Working);
    }

    [Fact]
    public void Table_weights_of_the_first_level_are_used_as_written()
    {
        var benefit = Sheet("2022.yaml").Groups.Single(g => g.Name == "效益指标");
        Assert.Equal(40m, benefit.Weight);
        Assert.Equal("table", benefit.WeightSource);
        Assert.Equal(40m, benefit.IndicatorWeight);
    }
}
