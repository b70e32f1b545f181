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

        if (readme[start..end] == generated) return;
        var diff = UnifiedDiff.Of(readme[start..end], generated, "README.md (rule table)", "perfreport rules --markdown");
        if (Environment.GetEnvironmentVariable("PERFREPORT_ACCEPT") == "1")
        {
            // Rewritten, and still failing: an accepted change must be read before the suite is green again.
            File.WriteAllText(Repo.File("README.md"), readme[..start] + generated + readme[end..]);
            Assert.Fail("README.md's rule table was rewritten (PERFREPORT_ACCEPT=1); read the diff, then run the tests again\n" + diff);
        }

        Assert.Fail("README.md's rule table differs from perfreport rules --markdown; run with PERFREPORT_ACCEPT=1 to rewrite it\n" + diff);
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
