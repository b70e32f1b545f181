using PerfReport.Diagnostics;
using PerfReport.Rendering;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Diagnostics;

/// <summary>Every example that <c>perfreport explain</c> prints is run, and gives the code it illustrates.</summary>
public class ExplainExampleTests
{
    /// <summary>
    /// Codes whose example cannot be a YAML text, each with the reason; their explanation describes the situation in words
    /// and a test of its own (the PR0xxx and PR9xxx tests) produces the code.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotYamlExamples = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PR0004"] = "a file over 4 MiB is not an example one can print",
        ["PR0008"] = "an encoding problem cannot be shown in UTF-8 text",
        ["PR0010"] = "a file of more than a million YAML nodes is not an example one can print",
        ["PR1021"] = "a list of more than 10000 items is not an example one can print",
        ["PR9001"] = "the problem is in a template, not in the data",
        ["PR9002"] = "the problem is in a template, not in the data",
        ["PR9202"] = "the problem is in a table description, not in the data",
        ["PR9203"] = "the problem is in a table description, not in the data",
        ["PR9301"] = "the problem is in a Word template, not in the data",
        ["PR9302"] = "the problem is in a Word template, not in the data",
        ["PR9303"] = "the problem is in a Word template, not in the data",
        ["PR9103"] = "the problem is in a reference .docx, not in the data",
        ["PR9101"] = "the problem is in a reference .docx, not in the data",
        ["PR9102"] = "the problem is in a reference .docx, not in the data",
        ["PR9901"] = "an internal error is the tool's fault; no data should produce it",
    };

    /// <summary>Codes whose example is the report.yaml of a template folder: it is run as that file, with the default templates.</summary>
    public static readonly IReadOnlySet<string> ManifestExamples = new HashSet<string>(StringComparer.Ordinal) { "PR9201" };

    /// <summary>
    /// Codes that compare a report with last year's (<c>validate --previous</c>): their first YAML block is last year's
    /// file, and the blocks after it are run with it as the previous report.
    /// </summary>
    public static readonly IReadOnlySet<string> PreviousYearExamples = new HashSet<string>(StringComparer.Ordinal) { "PR3030" };

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var d in Rules.All) data.Add(d.Id);
        return data;
    }

    /// <summary>The fenced YAML blocks under the explanation's “## 示例” heading.</summary>
    public static IReadOnlyList<string> Examples(DiagnosticDescriptor descriptor)
    {
        var lines = descriptor.Explanation.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Trim() == "## 示例");
        if (start < 0) return [];
        var examples = new List<string>();
        for (var i = start + 1; i < lines.Count && !lines[i].TrimStart().StartsWith("## ", StringComparison.Ordinal); i++)
        {
            if (lines[i].Trim() != "```yaml") continue;
            var body = new List<string>();
            for (i++; i < lines.Count && lines[i].Trim() != "```"; i++) body.Add(lines[i]);
            examples.Add(string.Join('\n', body) + "\n");
        }

        return examples;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_example_produces_its_own_code(string id)
    {
        var descriptor = Rules.Find(id)!;
        var examples = Examples(descriptor);
        if (NotYamlExamples.TryGetValue(id, out var reason))
        {
            Assert.True(examples.Count == 0, $"{id} is listed as having no YAML example ({reason}) but has one: run it instead");
            return;
        }

        Assert.True(examples.Count > 0, $"{id}: the explanation's “## 示例” has no ```yaml block");
        var options = CompilationOptions.Default;
        if (PreviousYearExamples.Contains(id))
        {
            Assert.True(examples.Count > 1, $"{id}: the first ```yaml block is last year's file; another must follow it");
            options = Compilation.ReadPrevious("previous.yaml", System.Text.Encoding.UTF8.GetBytes(examples[0]), options).Options;
            Assert.True(Compilation.HasPrevious(options), $"{id}: last year's example file does not read");
            examples = examples.Skip(1).ToList();
        }

        foreach (var example in examples)
        {
            var result = ManifestExamples.Contains(id) ? BuildWithManifest(example) : Compilation.Validate(SourceText.From("example.yaml", example), options);
            Assert.True(
                result.Diagnostics.Any(d => d.Id == id),
                $"{id}: the example does not produce {id}\n{example}\nit gives:\n{string.Join("\n", result.Diagnostics.Select(d => $"  {d.Span.Line}:{d.Span.Column} {d.Id} {d.Message}"))}");
        }
    }

    private static CompilationResult BuildWithManifest(string manifest)
    {
        var files = TemplateSet.Default.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        files[ReportManifest.FileName] = manifest;
        var options = CompilationOptions.Default with { Templates = TemplateSet.FromFiles("templates", files) };
        return Compilation.Build(SourceText.From("minimal.yaml", Repo.Read("samples", "minimal.yaml")), options);
    }

    [Fact]
    public void The_list_of_codes_without_a_yaml_example_names_only_real_codes()
    {
        Assert.All(NotYamlExamples.Keys, id => Assert.NotNull(Rules.Find(id)));
    }
}
