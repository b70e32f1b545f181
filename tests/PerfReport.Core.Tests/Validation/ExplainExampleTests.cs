using PerfReport.Text;
using PerfReport.Validation;

namespace PerfReport.Tests.Validation;

/// <summary>The example in a rule's <c>explain</c> text shows the problem: run through the validator, it gives the rule's own code.</summary>
public class ExplainExampleTests
{
    /// <summary>The rules whose example is a complete YAML fragment (the older rules' examples are excerpts).</summary>
    public static TheoryData<string> Ids() => ["PR3020", "PR3052", "PR3053", "PR5004", "PR5005"];

    internal static string Example(string explanation)
    {
        var start = explanation.IndexOf("```yaml\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the explanation has no ```yaml example");
        start += "```yaml\n".Length;
        var end = explanation.IndexOf("```", start, StringComparison.Ordinal);
        return explanation[start..end];
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Example_produces_the_rules_own_code(string id)
    {
        var rule = RuleCatalog.Find(id);
        Assert.NotNull(rule);
        var yaml = Example(rule.Descriptor.Explanation);
        var result = Compilation.Validate(SourceText.From("example.yaml", yaml), CompilationOptions.Default);
        Assert.Contains(result.Diagnostics, d => d.Id == id);
    }
}
