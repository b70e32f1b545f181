using PerfReport.TestKit;
using PerfReport.Tests.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>The 自评表's 总分 cell: the stated total, else the computed one, and never a partial sum.</summary>
public class SelfEvaluationTotalCellTests
{
    private const string Row = "            - { name: 项目完成率, target: 100%, actual: 100%, weight: 10, score: 10 }";

    private static string TotalRow(string yaml)
    {
        var result = Compilation.Build(SourceText.From("samples/2022.yaml", yaml), CompilationOptions.Default);
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
        var text = DocxText.Flatten(result.Docx!).Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.Split('\n').Single(l => l.StartsWith("| 总分 |", StringComparison.Ordinal));
    }

    private static string Sample() => Repo.Read("samples", "2022.yaml");

    [Fact]
    public void An_unscorable_indicator_leaves_the_total_blank_when_none_is_stated()
    {
        var yaml = Sample().Replace(Row, "            - { name: 项目完成率, target: 100%, actual: 约100%, weight: 10 }", StringComparison.Ordinal)
            .Replace("  total_score: 99\n", "", StringComparison.Ordinal);
        Assert.Equal("| 总分 | < | < | < | < | < | 100 | |  | < |", TotalRow(yaml)); // the 总分 cell is empty
    }

    [Fact]
    public void An_unscorable_indicator_leaves_the_stated_total_as_stated()
    {
        var yaml = Sample().Replace(Row, "            - { name: 项目完成率, target: 100%, actual: 约100%, weight: 10 }", StringComparison.Ordinal);
        Assert.Equal("| 总分 | < | < | < | < | < | 100 | 99 | | < |", TotalRow(yaml));
    }

    [Fact]
    public void A_complete_sheet_without_a_stated_total_prints_the_computed_one()
    {
        var yaml = Sample().Replace(Row, "            - { name: 项目完成率, target: 100%, actual: 90%, weight: 10 }", StringComparison.Ordinal)
            .Replace("  total_score: 99\n", "", StringComparison.Ordinal);
        Assert.Equal("| 总分 | < | < | < | < | < | 100 | 98 | | < |", TotalRow(yaml)); // 99 − 10 + 9
    }
}
