using PerfReport.Diagnostics;
using PerfReport.Validation;

namespace PerfReport.Tests.Diagnostics;

/// <summary>Codes once published never change meaning: a retired code is recorded with its reason and never reused.</summary>
public class RetiredCodeTests
{
    [Fact]
    public void PR4112_and_PR4114_are_recorded_as_retired_with_a_reason()
    {
        Assert.Equal(["PR4112", "PR4114"], Rules.Retired.Keys.Order(StringComparer.Ordinal));
        Assert.All(Rules.Retired.Values, reason => Assert.Matches(@"PR\d{4}", reason));
    }

    [Fact]
    public void No_retired_code_is_given_to_a_rule_or_a_fixed_code()
    {
        var used = RuleCatalog.All.Select(r => r.Descriptor.Id).Concat(DiagnosticDescriptors.All.Select(d => d.Id)).Concat(Rules.All.Select(d => d.Id));
        Assert.DoesNotContain(used, Rules.Retired.ContainsKey);
    }

    [Fact]
    public void No_retired_code_has_a_spec_file()
    {
        Assert.All(Rules.Retired.Keys, id => Assert.False(File.Exists(Path.Combine(PerfReport.Tests.Validation.RuleSpec.SpecDirectory, id + ".md")), id));
    }

    [Fact]
    public void The_reason_names_the_code_that_took_its_place_and_that_code_exists()
    {
        foreach (var (id, reason) in Rules.Retired)
        {
            var successor = System.Text.RegularExpressions.Regex.Match(reason, @"PR\d{4}").Value;
            Assert.NotEqual(id, successor);
            Assert.NotNull(Rules.Find(successor));
        }
    }
}
