using PerfReport.TestKit;

namespace PerfReport.Cli.Tests;

/// <summary>The README's rule table is the output of <c>perfreport rules --markdown</c>.</summary>
public class ReadmeTests
{
    private const string Begin = "<!-- rules:begin -->\n";
    private const string End = "<!-- rules:end -->";

    [Fact]
    public void Rule_table_equals_the_rules_command_output()
    {
        var readme = Repo.Read("README.md");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= Begin.Length && end >= start, "README lacks the rules markers");
        var generated = CliRunner.Run("rules", "--markdown").Out;

        if (Environment.GetEnvironmentVariable("PERFREPORT_ACCEPT") == "1" && readme[start..end] != generated)
            File.WriteAllText(Repo.File("README.md"), readme[..start] + generated + readme[end..]);
        else
            Assert.Equal(generated, readme[start..end]);
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
