using PerfReport.Diagnostics;
using PerfReport.Text;
using PerfReport.Validation;

namespace PerfReport.Tests.Validation;

/// <summary>Runs every YAML block of every rule spec with only that rule, and compares the diagnostics with the inline assertions.</summary>
public class RuleSpecTests
{
    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var spec in RuleSpec.All()) data.Add(spec.RuleId, spec.Index);
        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_produces_exactly_the_asserted_diagnostics(string ruleId, int index)
    {
        var spec = RuleSpec.Load(Path.Combine(RuleSpec.SpecDirectory, ruleId + ".md")).Single(s => s.Index == index);
        var rule = RuleCatalog.Find(ruleId);
        IEnumerable<IValidationRule> rules = rule is null ? [] : [rule];
        var options = spec.Previous is null
            ? CompilationOptions.Default
            : Compilation.ReadPrevious("2023.yaml", System.Text.Encoding.UTF8.GetBytes(spec.Previous), CompilationOptions.Default).Options;
        var result = Compilation.Validate(SourceText.From("spec.yaml", spec.Yaml), options, rules);

        var actual = result.Diagnostics
            .Where(d => d.Id == ruleId || d.Id == DiagnosticDescriptors.InternalError.Id)
            .Select(d => (d.Span.Line, d.Span.Column, Severity: d.Severity == Severity.Error ? "error" : "warning", d.Id, d.Message))
            .ToList();

        // Pair each assertion with one diagnostic that satisfies it; what is left over on either side is the diff.
        var unmatched = actual.ToList();
        var missing = new List<SpecExpectation>();
        foreach (var expected in spec.Expectations.OrderByDescending(e => (e.Column is null ? 0 : 1) + (e.Message is null ? 0 : 1)))
        {
            var hit = unmatched.FindIndex(a => expected.Matches(a.Line, a.Column, a.Severity, a.Id, a.Message));
            if (hit < 0) missing.Add(expected);
            else unmatched.RemoveAt(hit);
        }

        var diff = string.Join("\n", missing.Select(e => "- " + e).Concat(unmatched.Select(a => $"+ {a.Line}:{a.Column} {a.Severity} {a.Id} {a.Message}")));
        var shown = string.Join("\n", result.Diagnostics.Select(d => $"  {d.Span.Line}:{d.Span.Column} {d.Id} {d.Message}"));
        Assert.True(missing.Count == 0 && unmatched.Count == 0, $"{spec}\n(- asserted, not produced; + produced, not asserted)\n{diff}\nall diagnostics of the block:\n{shown}");
    }
}
