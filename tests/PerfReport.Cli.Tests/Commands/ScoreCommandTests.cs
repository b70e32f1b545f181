using System.Text.Json;
using PerfReport.Cli.Output;
using PerfReport.TestKit;

namespace PerfReport.Cli.Tests.Commands;

public class ScoreCommandTests
{
    private static (int Code, string Out, string Error) Run(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(new StringReader(""), output, error, workingDirectory, _ => null);
        var code = Cli.Run(args, context);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Text_sheet_of_the_published_sample_ends_in_99_and_excellent()
    {
        var (code, output, error) = Run(Repo.Root, "score", "samples/2022-as-published.yaml");
        Assert.Equal(1, code); // the published sums are wrong (PR2008); the sheet is printed all the same
        Assert.Contains("评分规则：mof-2020", output, StringComparison.Ordinal);
        Assert.Contains("总分：99（满分 100）", output, StringComparison.Ordinal);
        Assert.Contains("等级：优", output, StringComparison.Ordinal);
        Assert.Contains("定性：采用填写得分 14，达成档 [12, 15]", output, StringComparison.Ordinal);
        Assert.Contains("warning PR4004", error, StringComparison.Ordinal);
        Assert.Contains("error PR2008", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_without_a_second_level_print_no_empty_category_line()
    {
        var (code, output, _) = Run(Repo.Root, "score", "tests/PerfReport.Core.Tests/Samples/new-fields.yaml");
        Assert.Equal(0, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        // 效益指标 holds its 三级 directly: its heading is followed by its first indicator, and no line is a bare "（分值 …）".
        var benefit = lines.FindIndex(l => l.StartsWith("效益指标（分值 40，得分 40）", StringComparison.Ordinal));
        Assert.True(benefit >= 0, output);
        Assert.StartsWith("    促进资阳区工业商业联合工作", lines[benefit + 1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("（分值", StringComparison.Ordinal) || l.Trim().Length > 0 && l.Trim().All(c => char.IsDigit(c) || c == ' ' || c == '.'));
        Assert.Contains("总分：100（满分 100）", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_line_up_by_display_width()
    {
        var (_, output, _) = Run(Repo.Root, "score", "samples/2022.yaml");
        var rows = output.Split('\n').Where(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Contains('：') && !l.TrimStart().StartsWith("依据", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        // the working column starts at the same display column on every indicator row
        var starts = rows.Select(r => DisplayWidth.Of(r[..r.LastIndexOf("  ", r.IndexOf('：'), StringComparison.Ordinal)])).Distinct().ToList();
        Assert.Single(starts);
    }

    [Fact]
    public void Json_holds_the_sheet_and_the_diagnostics()
    {
        var (code, output, error) = Run(Repo.Root, "score", "--format", "json", "samples/2022-as-published.yaml");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        using var doc = JsonDocument.Parse(output);
        var sheet = doc.RootElement.GetProperty("sheet");
        Assert.Equal(99m, sheet.GetProperty("total").GetDecimal());
        Assert.Equal("优", sheet.GetProperty("grade").GetString());
        Assert.Equal(10m, sheet.GetProperty("funds").GetProperty("score").GetDecimal());
        var cost = sheet.GetProperty("groups")[0].GetProperty("categories")[3].GetProperty("indicators")[0];
        Assert.Equal("qualitative", cost.GetProperty("kind").GetString());
        Assert.Equal("stated", cost.GetProperty("basis").GetString());
        Assert.Equal(14m, cost.GetProperty("score").GetDecimal());
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("computed").ValueKind);
        var ids = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Contains("PR2008", ids);
        Assert.Contains("PR4004", ids);
    }

    [Fact]
    public void Reads_a_profile_file_next_to_the_report_and_exits_1_on_errors()
    {
        var dir = Directory.CreateTempSubdirectory("perfreport-score-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "mine.yaml"), "base: jiangxi\ntitle: 本单位\n");
            File.WriteAllText(Path.Combine(dir.FullName, "r.yaml"), """
                year: 2022
                department: { name: 某局 }
                scoring: { profile_file: mine.yaml }
                self_evaluation:
                  funds: { full_year_budget: 100, executed: 85, score: 8.5 }
                  indicators:
                    - name: 产出指标
                      categories:
                        - name: 数量指标
                          indicators:
                            - { name: 完成率, target: 100%, actual: 98%, weight: 90 }
                """);
            var (code, output, error) = Run(Path.GetTempPath(), "score", Path.Combine(dir.Name, "r.yaml"));
            Assert.Equal(1, code);
            Assert.Contains("评分规则：mine（本单位）", output, StringComparison.Ordinal);
            Assert.Contains("分段计分：达到 80% 一档", output, StringComparison.Ordinal);
            Assert.Contains("error PR4110", error, StringComparison.Ordinal);

            var validate = Run(Path.GetTempPath(), "validate", Path.Combine(dir.Name, "r.yaml"));
            Assert.DoesNotContain("PR4111", validate.Error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Missing_file_exits_2() =>
        Assert.Equal(2, Run(Repo.Root, "score", "no-such.yaml").Code);

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("产出指标", 8)]
    [InlineData("１００％", 8)]
    [InlineData("≥95%", 4)]
    [InlineData("“达成”", 6)]
    public void East_asian_width(string text, int width) => Assert.Equal(width, DisplayWidth.Of(text));

    [Fact]
    public void Pad_cuts_wide_text_with_an_ellipsis() =>
        Assert.Equal("产出指标…", DisplayWidth.Pad("产出指标名称", 9));

    private const string Incomplete = """
        year: 2022
        department: { name: 某局 }
        self_evaluation:
          funds: { execution_rate: 93.03%, weight: 10 }
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 培训人次, target: "≥50个", actual: "50", weight: 45 }
                    - { name: 讲座, target: ≥10场, actual: 10余场, weight: 45 }
        """;

    [Fact]
    public void An_incomplete_sheet_says_so_and_asserts_no_total_or_grade()
    {
        var dir = Directory.CreateTempSubdirectory("perfreport-score-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "r.yaml"), Incomplete);
            var (code, output, _) = Run(dir.FullName, "score", "r.yaml");
            Assert.Equal(0, code);
            Assert.Contains("计分表不完整：“讲座”既无法计算也没有填写得分，总分和等级无法得出。", output, StringComparison.Ordinal);
            Assert.Contains("已计分部分合计 54.3（满分 60），不是总分", output, StringComparison.Ordinal); // 45 + 9.3
            Assert.Contains("总分：无法得出\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("等级：无法得出", output, StringComparison.Ordinal);
            Assert.DoesNotContain("等级：差", output, StringComparison.Ordinal);

            var (_, json, _) = Run(dir.FullName, "score", "--format", "json", "r.yaml");
            using var doc = JsonDocument.Parse(json);
            var sheet = doc.RootElement.GetProperty("sheet");
            Assert.Equal(JsonValueKind.Null, sheet.GetProperty("total").ValueKind);
            Assert.Equal(JsonValueKind.Null, sheet.GetProperty("grade").ValueKind);
            Assert.False(sheet.GetProperty("complete").GetBoolean());
            Assert.Equal(54.3m, sheet.GetProperty("scoredSum").GetDecimal());
            Assert.Equal(["self_evaluation.indicators[0].categories[0].indicators[1]"], sheet.GetProperty("unscored").EnumerateArray().Select(e => e.GetString()));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
