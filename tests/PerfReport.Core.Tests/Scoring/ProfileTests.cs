using PerfReport.Scoring;
using PerfReport.Text;
using static PerfReport.Tests.Scoring.ScoringTables;

namespace PerfReport.Tests.Scoring;

/// <summary>Built-in profiles, a report's own profile file, and single overrides.</summary>
public class ProfileTests
{
    [Fact]
    public void Built_in_profiles_are_the_embedded_files_and_read_without_problems()
    {
        Assert.Equal(["jiangxi", "mof-2020"], BuiltInProfiles.Names);
        foreach (var name in BuiltInProfiles.Names)
        {
            var problems = new List<ProfileProblem>();
            var profile = BuiltInProfiles.Load(name, problems);
            Assert.Empty(problems);
            Assert.Equal(name, profile!.Name);
        }
    }

    [Fact]
    public void Mof_2020_holds_the_rules_of_the_domain_reference()
    {
        var p = BuiltInProfiles.Default;
        Assert.Equal(10m, p.FundsWeight);
        Assert.Equal(FundsMethod.Proportional, p.FundsMethod);
        Assert.Equal(NegativeMethod.Ratio, p.NegativeMethod);
        Assert.Equal((80m, 60m), (p.AchievedBandPercent, p.PartialBandPercent));
        Assert.Equal(1.3m, p.OverAchievementFactor);
        Assert.Equal([("优", 90m), ("良", 80m), ("中", 60m)], p.GradeBands.Select(b => (b.Grade, b.MinTotal)));
        Assert.Equal(50m, p.GroupWeight("产出指标"));
        Assert.Equal(30m, p.GroupWeight("效益"));
        Assert.Equal(10m, p.GroupWeight("满意度指标"));
    }

    [Fact]
    public void Jiangxi_inherits_from_mof_2020_and_steps_the_execution_rate()
    {
        var p = BuiltInProfiles.Load("jiangxi", [])!;
        Assert.Equal(FundsMethod.Stepped, p.FundsMethod);
        Assert.Equal(NegativeMethod.Ratio, p.NegativeMethod);
        Assert.Equal(10m, p.FundsWeight);
        Assert.Equal([(100m, 100m), (80m, 70m), (60m, 50m)], p.FundsSteps.Select(s => (s.RatePercent, s.SharePercent)));
    }

    [Theory]
    [InlineData("100", "10")]
    [InlineData("99.99", "7")]
    [InlineData("80", "7")]
    [InlineData("79.99", "5")]
    [InlineData("60", "5")]
    [InlineData("59.99", "0")]
    [InlineData("0", "0")]
    [InlineData("120", "10")]
    public void Jiangxi_funds_10_7_5_0_at_100_80_60(string executed, string score)
    {
        var f = Funds($"{{ full_year_budget: 100, executed: {executed} }}", "scoring: { profile: jiangxi }");
        Assert.Equal(score, ScoreNames.Format(f.Computed!.Value));
    }

    [Fact]
    public void Jiangxi_compares_the_rate_as_printed()
    {
        // 79.996% prints as 80.00% and so reaches the 80% step
        var f = Funds("{ full_year_budget: 100000, executed: 79996 }", "scoring: { profile: jiangxi }");
        Assert.Equal(80m, f.RatePercent);
        Assert.Equal(7m, f.Computed);
    }

    [Theory]
    [InlineData("107.49", "107.49", "10")]
    [InlineData("100", "95", "9.5")]
    [InlineData("100", "120", "10")]
    [InlineData("100", "0", "0")]
    [InlineData("3", "2", "6.67")]
    public void Mof_2020_funds_are_proportional_and_capped(string budget, string executed, string score)
    {
        var f = Funds($"{{ full_year_budget: {budget}, executed: {executed} }}");
        Assert.Equal(score, ScoreNames.Format(f.Computed!.Value));
    }

    [Fact]
    public void Funds_working_shows_the_rate()
    {
        var f = Funds("{ full_year_budget: 100, executed: 95 }");
        Assert.Equal("执行率 = 95.00 ÷ 100.00 = 95.00%；min(95.00%, 100%) × 10 = 9.5", f.Working);
    }

    [Theory]
    [InlineData("", "93.03%", "9.3")]           // 93.03 × 10 ÷ 100 = 9.303
    [InlineData("", "93.05%", "9.31")]          // 9.305 rounds half up
    [InlineData("", "105%", "10")]              // capped at the weight
    [InlineData("scoring: { profile: jiangxi }", "85%", "7")]
    [InlineData("scoring: { profile: jiangxi }", "79.99%", "5")]
    public void Without_amounts_the_stated_rate_gives_the_score(string scoring, string rate, string score)
    {
        var f = Funds($"{{ execution_rate: {rate}, weight: 10 }}", scoring);
        Assert.Equal(ScoreBasis.Computed, f.Basis);
        Assert.Equal(score, ScoreNames.Format(f.Computed!.Value));
        Assert.StartsWith($"未填全年预算数或全年执行数，执行率按填写的 ", f.Working, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_budget_leaves_the_rate_undefined_and_the_stated_score_counts()
    {
        var f = Funds("{ full_year_budget: 0, executed: 5, score: 8 }");
        Assert.Null(f.RatePercent);
        Assert.Null(f.Computed);
        Assert.Equal(8m, f.Score);
        Assert.Equal(ScoreBasis.Stated, f.Basis);
    }

    [Fact]
    public void Funds_weight_comes_from_the_table_then_the_override_then_the_profile()
    {
        Assert.Equal(10m, Funds("{ full_year_budget: 100, executed: 95 }").Weight);
        Assert.Equal(19m, Funds("{ full_year_budget: 100, executed: 95 }", "scoring: { funds_weight: 20 }").Computed);
        Assert.Equal(14.25m, Funds("{ full_year_budget: 100, executed: 95, weight: 15 }", "scoring: { funds_weight: 20 }").Computed);
    }

    [Fact]
    public void Funds_method_can_be_overridden_in_the_report()
    {
        var f = Funds("{ full_year_budget: 100, executed: 85 }", "scoring: { profile: jiangxi, funds_method: proportional }");
        Assert.Equal(8.5m, f.Computed);
    }

    [Fact]
    public void Band_overrides_move_the_band_edges()
    {
        var i = One("{ name: x, target: 健全, actual: 健全, grade: partial, weight: 10, score: 5 }", "scoring: { achieved_band: 80%, partial_band: 50% }");
        Assert.Equal("[5, 8)", i.Band!.Show());
    }

    [Fact]
    public void Default_group_weights_apply_only_where_the_table_states_none()
    {
        var yaml = """
            year: 2022
            department: { name: 某局 }
            self_evaluation:
              indicators:
                - name: 产出指标
                  categories:
                    - name: 数量指标
                      indicators:
                        - { name: a, target: 100%, actual: 100%, weight: 45 }
                - name: 效益指标
                  weight: 40
                  categories:
                    - name: 社会效益指标
                      indicators:
                        - { name: b, target: 100%, actual: 100%, weight: 40 }
                - name: 其他
                  categories:
                    - name: 其他
                      indicators:
                        - { name: c, target: 100%, actual: 100%, weight: 5 }
            """;
        var groups = Sheet(yaml).Groups;
        Assert.Equal([(50m, "profile"), (40m, "table"), (5m, "indicators")], groups.Select(g => (g.Weight, g.WeightSource)));
    }

    [Fact]
    public void A_profile_file_of_the_report_is_read_through_the_options()
    {
        var file = """
            # 本单位的评分规则
            name: county
            title: 某县
            base: mof-2020
            negative_method: deviation
            grade_bands: { 优: 95, 良: 85, 中: 60 }
            """;
        string? asked = null;
        var sheet = Sheet(Report("scoring: { profile_file: rules/county.yaml }", "{ name: x, target: ≤100, actual: 120, weight: 100 }"),
            p => { asked = p; return SourceText.From("rules/county.yaml", file); });
        Assert.Equal("rules/county.yaml", asked);
        Assert.Equal("county", sheet.ProfileName);
        Assert.Equal(80m, sheet.Total);   // deviation: (1 − 20/100) × 100
        Assert.Equal("中", sheet.Grade);  // 80 < 85
    }

    [Fact]
    public void A_profile_file_inherits_from_the_named_profile_when_it_has_no_base()
    {
        var sheet = Sheet("""
            year: 2022
            department: { name: 某局 }
            scoring: { profile: jiangxi, profile_file: mine.yaml }
            self_evaluation:
              funds: { full_year_budget: 100, executed: 85 }
            """, _ => SourceText.From("mine.yaml", "over_achievement_factor: 1.5\n"));
        Assert.Equal(7m, sheet.Funds!.Computed);
        Assert.Equal("mine", sheet.ProfileName);
    }

    [Fact]
    public void Problems_in_a_profile_file_are_reported_with_their_position()
    {
        var file = "base: mof-2020\nnegative_method: ratoi\nfunds_steps: 3\ncolour: red\n";
        var result = Compile(Report("scoring:\n  profile_file: bad.yaml", "{ name: x, target: 1, actual: 1, weight: 1 }"), _ => SourceText.From("bad.yaml", file));
        var messages = result.Diagnostics.Where(d => d.Id == "PR4111").Select(d => (d.Span.Line, d.Message)).ToList();
        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Equal(4, m.Line));
        Assert.Contains(messages, m => m.Message.Contains("bad.yaml 第 2 行第 18 列", StringComparison.Ordinal) && m.Message.Contains("ratoi", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Message.Contains("第 3 行", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Message.Contains("第 4 行", StringComparison.Ordinal) && m.Message.Contains("colour", StringComparison.Ordinal));
        Assert.Equal(NegativeMethod.Ratio, result.ScoreSheet!.Profile!.NegativeMethod);
    }

    [Fact]
    public void A_profile_file_without_base_must_state_everything()
    {
        var result = Compile(Report("scoring: { profile_file: p.yaml }", "{ name: x, target: 1, actual: 1, weight: 1 }"), _ => SourceText.From("p.yaml", "negative_method: deviation\n"));
        var d = Assert.Single(result.Diagnostics, d => d.Id == "PR4111");
        Assert.Contains("缺少设置 funds_weight", d.Message, StringComparison.Ordinal);
        Assert.Contains("base: mof-2020", d.Message, StringComparison.Ordinal);
        Assert.Equal(NegativeMethod.Deviation, result.ScoreSheet!.Profile!.NegativeMethod);
    }

    [Fact]
    public void A_profile_file_with_yaml_errors_does_not_crash()
    {
        var result = Compile(Report("scoring: { profile_file: p.yaml }", "{ name: x, target: 1, actual: 1, weight: 1 }"), _ => SourceText.From("p.yaml", "a: [\n"));
        Assert.Contains(result.Diagnostics, d => d.Id == "PR4111" && d.Message.Contains("p.yaml", StringComparison.Ordinal));
        Assert.Equal("mof-2020", result.ScoreSheet!.ProfileName);
    }

    [Fact]
    public void Unknown_profile_falls_back_to_the_default()
    {
        var result = Compile(Report("scoring: { profile: hubei }", "{ name: x, target: 1, actual: 1, weight: 1 }"));
        Assert.Equal("mof-2020", result.ScoreSheet!.ProfileName);
        Assert.Contains(result.Diagnostics, d => d.Id == "PR4111" && d.Message.Contains("jiangxi、mof-2020", StringComparison.Ordinal));
    }

    [Fact]
    public void Stepped_without_steps_falls_back_to_proportional()
    {
        var result = Compile("""
            year: 2022
            department: { name: 某局 }
            scoring: { funds_method: stepped }
            self_evaluation:
              funds: { full_year_budget: 100, executed: 85 }
            """);
        Assert.Equal(8.5m, result.ScoreSheet!.Funds!.Computed);
        Assert.Contains(result.Diagnostics, d => d.Id == "PR4111");
    }
}
