using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Tests.Validation;

/// <summary>
/// The thresholds of PR3020/PR3052 and PR3053 come from the file's <c>validation:</c> section, else from the scoring
/// profile (its own file or a built-in), else the defaults 10% and 120%.
/// </summary>
public class ThresholdSettingTests
{
    private const string Figures = """
        year: 2022
        department: { name: 某局 }
        expenditure:
          total: 13.00
          project:
            projects:
              - { name: 会员培训经费, budget: 10.00, actual: 13.00 }
        budget_vs_final:
          initial_budget: 10.00
        """;

    private static List<string> Codes(string extra, string? profile = null)
    {
        var options = CompilationOptions.Default with { ReadRelativeFile = profile is null ? null : _ => SourceText.From("p.yaml", profile) };
        var result = Compilation.Validate(SourceText.From("t.yaml", Figures + extra), options);
        return result.Diagnostics.Select(d => d.Id).Where(id => id is "PR3020" or "PR3052" or "PR3053" or "PR4111").Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Mof_2020_states_the_defaults()
    {
        Assert.Equal(ScoringProfile.DefaultBudgetChangeThreshold, BuiltInProfiles.Default.BudgetChangeThresholdPercent);
        Assert.Equal(ScoringProfile.DefaultOverExecutionThreshold, BuiltInProfiles.Default.OverExecutionThresholdPercent);
        Assert.Equal(10m, BuiltInProfiles.Default.BudgetChangeThresholdPercent);
        Assert.Equal(120m, BuiltInProfiles.Default.OverExecutionThresholdPercent);
        Assert.Equal(10m, BuiltInProfiles.Load("jiangxi", [])!.BudgetChangeThresholdPercent);
    }

    [Fact]
    public void By_default_30_percent_is_an_error_and_130_percent_a_warning() =>
        Assert.Equal(["PR3020", "PR3053"], Codes(""));

    [Fact]
    public void A_profile_file_moves_both_thresholds()
    {
        var profile = "base: mof-2020\nbudget_change_threshold: 30%\nover_execution_threshold: 130%\n";
        Assert.Equal(["PR3052"], Codes("\nscoring: { profile_file: p.yaml }\n", profile));
    }

    [Fact]
    public void The_files_validation_settings_win_over_the_profile()
    {
        var profile = "base: mof-2020\nbudget_change_threshold: 30%\nover_execution_threshold: 130%\n";
        var extra = "\nscoring: { profile_file: p.yaml }\nvalidation: { budget_change_threshold: 29.99%, over_execution_threshold: 129.99% }\n";
        Assert.Equal(["PR3020", "PR3053"], Codes(extra, profile));
    }

    [Fact]
    public void A_threshold_out_of_range_in_a_profile_is_reported_and_the_base_kept()
    {
        var profile = "base: mof-2020\nbudget_change_threshold: 2000%\n";
        var extra = "\nscoring: { profile_file: p.yaml }\nself_evaluation:\n  funds: { full_year_budget: 13.00, executed: 13.00 }\n";
        Assert.Equal(["PR3020", "PR3053", "PR4111"], Codes(extra, profile));
    }
}
