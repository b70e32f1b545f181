using PerfReport.Tests.Validation;

namespace PerfReport.Tests.Diagnostics;

/// <summary>Every code that <c>perfreport rules</c> lists is produced by a test that asserts where it is reported with line, column and message.</summary>
public class EveryCodeIsLocatedTests
{
    [Fact]
    public void Every_listed_code_has_a_test_that_asserts_where_it_is_reported()
    {
        var bySpecs = RuleSpec.All()
            .SelectMany(s => s.Expectations.Where(e => e.Id == s.RuleId && e.Column is not null && e.Message is not null))
            .Select(e => e.Id);
        var located = bySpecs.Concat(LocatedCodeTests.Ids).ToHashSet(StringComparer.Ordinal);
        var missing = Rules.All.Select(d => d.Id).Where(id => !located.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "no test states line, column and message for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_failing_assertion_in_the_rule_specs_states_a_column_and_a_message()
    {
        var vague = RuleSpec.All()
            .SelectMany(s => s.Expectations.Where(e => e.Column is null || e.Message is null).Select(e => $"{s}: line {e.Line} {e.Id}"))
            .ToList();
        Assert.True(vague.Count == 0, "write # error: [PRnnnn] @column message for:\n" + string.Join("\n", vague));
    }
}
