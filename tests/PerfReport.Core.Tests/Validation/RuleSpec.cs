using System.Text.RegularExpressions;

namespace PerfReport.Tests.Validation;

/// <summary>
/// One YAML block of a rule spec file (<c>Specs/PRnnnn.md</c>): the YAML and the diagnostics it must produce, written
/// inline as comments on the lines they point at, in the style of ruff's and mypy's inline expectations:
/// <c># error: [PRnnnn]</c>, <c># error: [PRnnnn] @7</c> (column 7), or <c># error: [PRnnnn] @7 the exact message</c>;
/// a message that starts with <c>~</c> only has to be contained in the diagnostic's message. A block fenced
/// <c>```yaml previous</c> is last year's file (<c>validate --previous</c>, named 2023.yaml) for the blocks after it
/// under the same heading; it is not run itself.
/// </summary>
public sealed partial record RuleSpec(string RuleId, string Heading, int Index, string Yaml, string? Previous = null)
{
    public static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Validation", "Specs");

    /// <summary>The diagnostics the block asserts, one per inline comment.</summary>
    public IReadOnlyList<SpecExpectation> Expectations =>
        Yaml.Split('\n')
            .SelectMany((line, i) => Expectation().Matches(line).Select(m => new SpecExpectation(
                i + 1,
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["column"].Success ? int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                m.Groups["message"].Success && m.Groups["message"].Value.Trim().Length > 0 ? m.Groups["message"].Value.Trim() : null)))
            .ToList();

    /// <summary>The (line, severity, id) triples the block asserts.</summary>
    public IReadOnlySet<(int Line, string Severity, string Id)> Expected =>
        Expectations.Select(e => (e.Line, e.Severity, e.Id)).ToHashSet();

    public override string ToString() => $"{RuleId} #{Index} {Heading}";

    public static IEnumerable<RuleSpec> Load(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        var heading = "";
        string? previous = null;
        var index = 0;
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                heading = lines[i][3..].Trim();
                previous = null;
            }

            var fence = lines[i].Trim();
            if (fence is not ("```yaml" or "```yaml previous")) continue;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++) body.Add(lines[i]);
            if (fence == "```yaml previous") previous = string.Join('\n', body) + "\n";
            else yield return new RuleSpec(id, heading, index++, string.Join('\n', body) + "\n", previous);
        }
    }

    public static IEnumerable<RuleSpec> All() =>
        Directory.GetFiles(SpecDirectory, "PR*.md").Order(StringComparer.Ordinal).SelectMany(Load);

    [GeneratedRegex(@"#\s*(?<severity>error|warning):\s*\[(?<id>PR\d{4})\](?:\s*@(?<column>\d+))?(?<message>(?:(?!#\s*(?:error|warning):).)*)")]
    private static partial Regex Expectation();
}

/// <summary>One inline assertion: line, severity and code always; column and message when the spec states them.</summary>
public sealed record SpecExpectation(int Line, string Severity, string Id, int? Column, string? Message)
{
    /// <summary>True when the actual diagnostic satisfies this assertion.</summary>
    public bool Matches(int line, int column, string severity, string id, string message) =>
        line == Line && severity == Severity && id == Id
        && (Column is null || Column == column)
        && (Message is null || (Message.StartsWith('~') ? message.Contains(Message[1..].Trim(), StringComparison.Ordinal) : message == Message));

    public override string ToString() =>
        $"{Line}{(Column is null ? "" : ":" + Column)} {Severity} {Id}{(Message is null ? "" : " " + Message)}";
}
