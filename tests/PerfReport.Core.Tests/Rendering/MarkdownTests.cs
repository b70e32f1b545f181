using PerfReport.Rendering.Docx;
using PerfReport.Rendering.Markdown;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>The Markdown rendition (<c>build -o x.md</c>): the same blocks as the .docx, as GFM, reviewed in a golden file.</summary>
public class MarkdownTests
{
    private static CompilationResult Build(string sample, bool markdown = true)
    {
        var result = Compilation.Build(SourceText.From("samples/" + sample, Repo.Read("samples", sample)), new CompilationOptions { Markdown = markdown });
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
        return result;
    }

    [Fact]
    public void The_2022_sample_matches_the_reviewed_golden_file()
    {
        var markdown = Build("2022.yaml").Markdown!;
        Golden.Check(Path.Combine("tests", "PerfReport.Core.Tests", "Rendering", "Golden", "2022.markdown.verified.md"), markdown);
    }

    [Fact]
    public void It_is_made_only_when_asked_and_is_the_same_every_time()
    {
        Assert.Null(Build("minimal.yaml", markdown: false).Markdown);
        Assert.Equal(Build("2022.yaml").Markdown, Build("2022.yaml").Markdown);
    }

    [Fact]
    public void The_outline_gives_the_headings_and_both_tables_are_there_with_their_merged_cells_repeated()
    {
        var lines = Build("2022.yaml").Markdown!.Split('\n');
        Assert.StartsWith("# ", lines[0], StringComparison.Ordinal);
        Assert.Contains("## 一、部门（单位）基本情况", lines);
        Assert.Contains("## 附表1", lines);
        Assert.Contains("## 附表2", lines);
        Assert.Contains("### 2022年度部门整体支出绩效评价基础数据表", lines);
        Assert.Contains("### 2022年度部门整体支出绩效自评表", lines);

        // 附表1 row 1: the vertically merged label over two rows and each two-column cell written twice.
        Assert.Contains("| 财政供养人员情况（人） | 编制数 | 编制数 | 2022年实际在职人数 | 2022年实际在职人数 | 控制率 | 控制率 |", lines);
        var staff = Array.IndexOf(lines, "| 财政供养人员情况（人） | 编制数 | 编制数 | 2022年实际在职人数 | 2022年实际在职人数 | 控制率 | 控制率 |");
        Assert.Equal("| --- | --- | --- | --- | --- | --- | --- |", lines[staff + 1]);
        Assert.StartsWith("| 财政供养人员情况（人） | ", lines[staff + 2], StringComparison.Ordinal);

        // Every row of a table has as many cells as its grid: 7 for 附表1, 10 for 附表2.
        var tableRows = lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(Cells).ToList();
        Assert.All(tableRows, r => Assert.True(r == 7 || r == 10, $"a row of {r} cells"));
        Assert.Contains(tableRows, r => r == 10);
    }

    /// <summary>Cells in a GFM row, counting unescaped pipes.</summary>
    private static int Cells(string line)
    {
        var pipes = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') i++;
            else if (line[i] == '|') pipes++;
        }

        return pipes - 1;
    }

    [Fact]
    public void Spans_merges_pipes_line_breaks_and_markup_are_written_as_GFM()
    {
        var table = new TableSpec(
            ColumnWidths.Relative(1, 1, 1),
            [
                new TableRowSpec([new TableCellSpec("项目", Merge: VerticalMerge.Restart), new TableCellSpec("金额（元）", ColumnSpan: 2, Bold: true)]),
                new TableRowSpec([TableCellSpec.Continue(), new TableCellSpec("预算|调整"), new TableCellSpec("实际\n执行")]),
                new TableRowSpec([TableCellSpec.Continue(), new TableCellSpec("a*b_c"), new TableCellSpec("")]),
            ],
            Title: "表")
        {
            Notes = ["1. 注释"],
        };
        var document = new DocumentSpec(
        [
            new ParagraphBlock(StyleNames.Title, "某单位\n2022年度报告"),
            new ParagraphBlock(StyleNames.Heading1, "一、概况"),
            new ParagraphBlock(StyleNames.BodyText, "# 不是标题 <b> [链接]"),
            PageBreakBlock.Instance,
            new TableBlock(table),
        ]);

        Assert.Equal(
            """
            # 某单位 2022年度报告

            ## 一、概况

            \# 不是标题 \<b\> \[链接\]

            ### 表

            | 项目 | **金额（元）** | **金额（元）** |
            | --- | --- | --- |
            | 项目 | 预算\|调整 | 实际<br>执行 |
            | 项目 | a\*b\_c |  |

            1\. 注释

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            MarkdownWriter.Write(document));
    }
}
