using System.Text.RegularExpressions;

namespace PerfReport.Tests.Validation;

/// <summary>
/// One YAML block of a rule spec file (<c>Specs/PRnnnn.md</c>): the YAML and the diagnostics it must produce, written
/// inline as <c># error: [PRnnnn]</c> or <c># warning: [PRnnnn]</c> comments on the lines they point at.
/// </summary>
public sealed partial record RuleSpec(string RuleId, string Heading, int Index, string Yaml)
{
    public static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Validation", "Specs");

    /// <summary>The (line, severity, id) triples the block asserts.</summary>
    public IReadOnlySet<(int Line, string Severity, string Id)> Expected =>
        Yaml.Split('\n')
            .SelectMany((line, i) => Expectation().Matches(line).Select(m => (i + 1, m.Groups[1].Value, m.Groups[2].Value)))
            .ToHashSet();

    public override string ToString() => $"{RuleId} #{Index} {Heading}";

    public static IEnumerable<RuleSpec> Load(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        var heading = "";
        var index = 0;
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal)) heading = lines[i][3..].Trim();
            if (lines[i].Trim() != "```yaml") continue;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++) body.Add(lines[i]);
            yield return new RuleSpec(id, heading, index++, string.Join('\n', body) + "\n");
        }
    }

    public static IEnumerable<RuleSpec> All() =>
        Directory.GetFiles(SpecDirectory, "PR*.md").Order(StringComparer.Ordinal).SelectMany(Load);

    [GeneratedRegex(@"#\s*(error|warning):\s*\[(PR\d{4})\]")]
    private static partial Regex Expectation();
}
