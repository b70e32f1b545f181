using PerfReport.Tests.Validation;

namespace PerfReport.Tests.Diagnostics;

/// <summary>Every code that <c>perfreport rules</c> lists is produced by a test that asserts where it is reported (a spec's inline assertion states the line).</summary>
public class EveryCodeIsLocatedTests
{
    [Fact]
    public void Every_listed_code_has_a_test_that_asserts_where_it_is_reported()
    {
        var bySpecs = RuleSpec.All()
            .SelectMany(s => s.Expectations.Where(e => e.Id == s.RuleId))
            .Select(e => e.Id);
        var located = bySpecs.Concat(LocatedCodeTests.Ids).ToHashSet(StringComparer.Ordinal);
        var missing = Rules.All.Select(d => d.Id).Where(id => !located.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "no test asserts the location of: " + string.Join(", ", missing));
    }
}
