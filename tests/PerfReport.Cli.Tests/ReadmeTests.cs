using PerfReport.TestKit;

namespace PerfReport.Cli.Tests;

/// <summary>The README's rule table is the output of <c>perfreport rules --markdown</c>; docs/template-variables.md is <c>templates vars --markdown</c>.</summary>
public class ReadmeTests
{
    [Fact]
    public void Rule_table_equals_the_rules_command_output() =>
        AssertGenerated("README.md", "rules", CliRunner.Run("rules", "--markdown").Out, "perfreport rules --markdown");

    [Fact]
    public void The_template_variable_list_equals_the_templates_vars_output() =>
        AssertGenerated(Path.Combine("docs", "template-variables.md"), "vars", CliRunner.Run("templates", "vars", "--markdown").Out, "perfreport templates vars --markdown");

    [Fact]
    public void The_readme_links_the_template_variable_list() =>
        Assert.Contains("](docs/template-variables.md)", Repo.Read("README.md"), StringComparison.Ordinal);

    /// <summary>The part of a repository file between <c>&lt;!-- name:begin --&gt;</c> and <c>&lt;!-- name:end --&gt;</c> is a command's output.</summary>
    private static void AssertGenerated(string file, string name, string generated, string command)
    {
        var begin = $"<!-- {name}:begin -->\n";
        var endMarker = $"<!-- {name}:end -->";
        var text = Repo.Read(file.Split(Path.DirectorySeparatorChar));
        var start = text.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        Assert.True(start >= begin.Length && end >= start, $"{file} lacks the {name} markers");
        if (text[start..end] == generated) return;
        var diff = UnifiedDiff.Of(text[start..end], generated, file, command);
        if (Environment.GetEnvironmentVariable("PERFREPORT_ACCEPT") == "1")
        {
            // Rewritten, and still failing: an accepted change must be read before the suite is green again.
            File.WriteAllText(Repo.File(file.Split(Path.DirectorySeparatorChar)), text[..start] + generated + text[end..]);
            Assert.Fail($"{file} was rewritten (PERFREPORT_ACCEPT=1); read the diff, then run the tests again\n" + diff);
        }

        Assert.Fail($"{file} differs from {command}; run with PERFREPORT_ACCEPT=1 to rewrite it\n" + diff);
    }

    [Fact]
    public void Every_rule_is_listed_and_explained()
    {
        var listed = CliRunner.Run("rules").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Rules.All.Count, listed.Length);
        foreach (var rule in Rules.All)
        {
            var explained = CliRunner.Run("explain", rule.Id);
            Assert.Equal(0, explained.ExitCode);
            Assert.StartsWith($"# {rule.Id} {rule.Title}", explained.Out, StringComparison.Ordinal);
            Assert.Contains("## 检查内容", explained.Out, StringComparison.Ordinal);
            Assert.Contains("## 为何重要", explained.Out, StringComparison.Ordinal);
            Assert.Contains("## 示例", explained.Out, StringComparison.Ordinal);
        }
    }
}
