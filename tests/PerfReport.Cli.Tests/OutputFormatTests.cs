using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerfReport.Cli.Tests;

/// <summary>The machine formats parse as their consumers parse them, and carry the same diagnostics as the text form.</summary>
public partial class OutputFormatTests
{
    private const string Input = "year: 2022\ndepartment: { name: 某局, nme: x }\nincome:\n  total: 5.123\n  sources: [ { name: \"a, b: c%\", amount: 5 } ]\n";

    /// <summary>PR1013–PR1015: the fragment lacks most parts of a report on purpose; completeness has tests of its own.</summary>
    private static bool IsCompleteness(string? id) => id is "PR1013" or "PR1014" or "PR1015";

    [Fact]
    public void Json_is_an_array_of_diagnostics_with_stable_fields()
    {
        var outcome = CliRunner.RunWithInput(Input, null, "validate", "-", "--format", "json");
        using var doc = JsonDocument.Parse(outcome.Out);
        var items = doc.RootElement.EnumerateArray().Where(i => !IsCompleteness(i.GetProperty("id").GetString())).ToList();
        Assert.Equal(["PR1003", "PR1007", "PR2001"], items.Select(i => i.GetProperty("id").GetString()));
        var first = items[0];
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("<stdin>", first.GetProperty("path").GetString());
        Assert.Equal((2, 25), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()));
        Assert.Equal((2, 28), (first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        Assert.Equal("department.nme", first.GetProperty("yamlPath").GetString());
        Assert.Equal("", outcome.Error);
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact]
    public void Github_commands_parse_back_to_the_diagnostics()
    {
        var outcome = CliRunner.RunWithInput(Input, null, "validate", "-", "--format", "github", "--draft");
        var commands = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseCommand).Where(c => !IsCompleteness(c.Properties["title"])).ToList();
        Assert.Equal(["error", "warning", "error"], commands.Select(c => c.Kind));
        Assert.Equal("stdin", commands[0].Properties["file"]);
        Assert.Equal(("2", "25", "PR1003"), (commands[0].Properties["line"], commands[0].Properties["col"], commands[0].Properties["title"]));
        Assert.Equal("未知字段 \"nme\"，是否应为 \"name\"？", commands[0].Message);
        var completeness = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("::warning", StringComparison.Ordinal) && l.Contains("title=PR101", StringComparison.Ordinal));
        Assert.True(completeness > 0, "--draft lists what the fragment lacks as warnings");
        Assert.Equal($"perfreport: 2 个错误，{1 + completeness} 个警告\n", outcome.Error);
    }

    [Fact]
    public void Github_is_the_default_inside_github_actions()
    {
        var outcome = CliRunner.RunWithInput(Input, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "validate", "-");
        Assert.StartsWith("::error file=stdin,line=", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("::error file=stdin,line=2,col=25,", outcome.Out, StringComparison.Ordinal);
        var explicitText = CliRunner.RunWithInput(Input, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "validate", "-", "--format", "text");
        Assert.Equal("", explicitText.Out);
    }

    [Fact]
    public void Github_escapes_what_would_break_the_command()
    {
        Assert.Equal("a%25b%0Ac", Output.GitHubDiagnosticFormatter.Data("a%b\nc"));
        Assert.Equal("x%3Ay%2Cz", Output.GitHubDiagnosticFormatter.Property("x:y,z"));
    }

    [Fact]
    public void Sarif_has_the_2_1_0_shape_with_rules_relative_paths_and_fingerprints()
    {
        var outcome = CliRunner.Run("validate", "tests/PerfReport.Cli.Tests/Specs/fixtures/bad.yaml", "--format", "sarif");
        using var doc = JsonDocument.Parse(outcome.Out);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("perfreport", driver.GetProperty("name").GetString());
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(Rules.All.Select(r => r.Id), ruleIds);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var r in results)
        {
            var id = r.GetProperty("ruleId").GetString();
            Assert.Equal(id, ruleIds[r.GetProperty("ruleIndex").GetInt32()]);
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning" });
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("tests/PerfReport.Cli.Tests/Specs/fixtures/bad.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.Equal(32, r.GetProperty("partialFingerprints").GetProperty("perfreport/v1").GetString()!.Length);
        }

        var again = CliRunner.Run("validate", "tests/PerfReport.Cli.Tests/Specs/fixtures/bad.yaml", "--format", "sarif");
        Assert.Equal(outcome.Out, again.Out);
    }

    [Fact]
    public void Warnings_as_errors_promotes_and_changes_the_exit_code()
    {
        const string onlyWarning = "year: 2022\ndepartment: { name: 某局 }\nincome: { total: 5.123 }\n";
        // The fragment lacks most of a report: an error (PR1013), unless --draft makes that a warning too.
        Assert.Equal(1, CliRunner.RunWithInput(onlyWarning, null, "validate", "-").ExitCode);
        Assert.Equal(0, CliRunner.RunWithInput(onlyWarning, null, "validate", "-", "--draft").ExitCode);
        var strict = CliRunner.RunWithInput(onlyWarning, null, "validate", "-", "--draft", "--warnings-as-errors");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error PR1007", strict.Error, StringComparison.Ordinal);
    }

    private static (string Kind, Dictionary<string, string> Properties, string Message) ParseCommand(string line)
    {
        var m = Command().Match(line);
        Assert.True(m.Success, line);
        var properties = m.Groups[2].Value.Split(',')
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Unescape(p[1]));
        return (m.Groups[1].Value, properties, Unescape(m.Groups[3].Value));
    }

    private static string Unescape(string s) =>
        s.Replace("%2C", ",", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal)
         .Replace("%0A", "\n", StringComparison.Ordinal).Replace("%0D", "\r", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);

    [GeneratedRegex("^::(error|warning) ([^:]*)::(.*)$")]
    private static partial Regex Command();
}
