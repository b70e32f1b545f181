using PerfReport.Diagnostics;
using PerfReport.Suppressions;
using PerfReport.Syntax;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Suppressions;

/// <summary>Suppressions with a reason: what they silence, what they leave, and where the suppressed findings go.</summary>
public class SuppressionTests
{
    private const string Head = "year: 2022\ndepartment:\n  name: 某局\n";

    private static CompilationResult Check(string body) => Yaml.Check(Head + body);

    private static string Show(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Where(d => !Yaml.IsCompleteness(d)).Select(d => $"{d.Span.Line}:{d.Span.Column} {d.Id} {d.Message}"));

    [Fact]
    public void An_inline_comment_with_a_reason_moves_the_finding_to_the_suppressed_list_with_its_reason()
    {
        var result = Check("income:\n  total: 107.495   # perfreport: ignore PR1007 原因：只印两位小数无妨\n");
        Assert.Equal("", Show(result.Diagnostics));
        var s = Assert.Single(result.Suppressed);
        Assert.Equal(("PR1007", 5, 10, "只印两位小数无妨", "income.total"), (s.Id, s.Span.Line, s.Span.Column, s.SuppressionReason, s.YamlPath));
        Assert.Equal("\"income.total\" 写了 3 位小数（107.495），报告只印两位小数，将印成 107.50", s.Message);
        Assert.True(s.IsSuppressed);
        Assert.Equal(Severity.Warning, s.Severity);
    }

    [Theory]
    [InlineData("PerfReport：ignore")]
    [InlineData("PERFREPORT : IGNORE")]
    [InlineData("perfreport:ignore")]
    public void The_directive_may_be_written_in_capitals_with_a_full_width_colon_or_without_spaces(string words)
    {
        var result = Check($"income:\n  total: 107.495   # {words} PR1007 原因：只印两位小数无妨\n");
        Assert.Equal("", Show(result.Diagnostics));
        Assert.Equal(("PR1007", 5, "只印两位小数无妨"), (Assert.Single(result.Suppressed).Id, result.Suppressed[0].Span.Line, result.Suppressed[0].SuppressionReason));
    }

    [Fact]
    public void Only_the_findings_of_the_comments_own_line_are_silenced()
    {
        var result = Check("income:\n  total: 107.495   # perfreport: ignore PR1007 原因：只印两位小数无妨\n  carry_over: 1.125\n");
        Assert.Equal("6:15 PR1007 \"income.carry_over\" 写了 3 位小数（1.125），报告只印两位小数，将印成 1.13", Show(result.Diagnostics));
        Assert.Equal([5], result.Suppressed.Select(d => d.Span.Line));
    }

    [Theory]
    [InlineData("PR5002, PR1007 原因：照抄原文")]
    [InlineData("PR5002 PR1007 原因：照抄原文")]
    [InlineData("pr5002，PR1007 原因: 照抄原文")]
    [InlineData("PR5002、PR1007 reason: 照抄原文")]
    public void Several_codes_may_be_written_separated_by_commas_or_spaces(string directive)
    {
        var result = Check($"income:\n  total: 107.495   # 收入合计 # perfreport: ignore {directive}\n  sources:\n    - {{ name: 财政拨款, amount: 107.495, breakdown: [ {{ name: \"a,b\", amount: 1 }} ] }}\n");
        var suppressed = Assert.Single(result.Suppressed);
        Assert.Equal("照抄原文", suppressed.SuppressionReason);
        Assert.Equal("PR1007", suppressed.Id);
        // PR5002 names no warning on line 5: that code of the directive is reported as matching nothing.
        Assert.Contains(result.Diagnostics, d => d is { Id: "PR1031", Span.Line: 5 } && d.Message.StartsWith("抑制 PR5002（第 5 行）", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suppressions_entry_covers_its_path_and_everything_below_it()
    {
        var result = Check(
            "income:\n  total: 3.25\n  carry_over: 1.125\n  sources:\n    - { name: 财政拨款, amount: 1.125 }\n    - { name: 其他, amount: 2.125 }\n" +
            "suppressions:\n  - { code: PR1007, path: income.sources, reason: 与原始凭证一致 }\n");
        Assert.Equal("6:15 PR1007 \"income.carry_over\" 写了 3 位小数（1.125），报告只印两位小数，将印成 1.13", Show(result.Diagnostics));
        Assert.Equal(["income.sources[0].amount", "income.sources[1].amount"], result.Suppressed.Select(d => d.YamlPath));
        Assert.All(result.Suppressed, d => Assert.Equal("与原始凭证一致", d.SuppressionReason));
    }

    [Theory]
    [InlineData("income", "income.total", true)]
    [InlineData("income.total", "income.total", true)]
    [InlineData("income.sources", "income.sources[0].amount", true)]
    [InlineData("income.sources[0]", "income.sources[0].amount", true)]
    [InlineData("income.sources[0]", "income.sources[10].amount", false)]
    [InlineData("income.tot", "income.total", false)]
    [InlineData("income.total", "income", false)]
    [InlineData("", "income", false)]
    public void Paths_match_by_whole_segments(string prefix, string path, bool covers) =>
        Assert.Equal(covers, Suppressor.Covers(prefix, path));

    [Fact]
    public void Errors_are_never_suppressed_and_still_set_the_result_to_failed()
    {
        var result = Check("income:\n  carry_over: abc   # perfreport: ignore PR1004 原因：以后再填\n");
        Assert.Contains(result.Diagnostics, d => d is { Id: "PR1004", Severity: Severity.Error, Span.Line: 5 });
        Assert.Empty(result.Suppressed);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_suppression_without_reason_silences_nothing()
    {
        var result = Check("income:\n  total: 107.495   # perfreport: ignore PR1007\n");
        Assert.Equal(
            "5:10 PR1007 \"income.total\" 写了 3 位小数（107.495），报告只印两位小数，将印成 107.50\n" +
            "5:20 PR1030 抑制 PR1007 没有写明原因，不起作用；请在编号后写“原因：……”，说明为何接受这一问题",
            Show(result.Diagnostics));
        Assert.Empty(result.Suppressed);
    }

    [Fact]
    public void The_directive_in_text_is_not_a_directive()
    {
        // Inside a quoted text or a block the words are data, not a comment; a mention inside another comment's prose neither.
        var result = Check("problems:\n  - \"# perfreport: ignore PR1007 原因：x\"\n# 写法见“# perfreport: ignore PR1007”\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "PR1030" or "PR1031");
    }

    [Fact]
    public void The_comment_reader_gives_the_column_of_the_hash_and_the_text_after_it()
    {
        var comments = YamlComments.Read("a: 1   # one\n# two\nb: \"x # not\"  #three\n");
        Assert.Equal([new YamlComment(1, 8, "one"), new YamlComment(2, 1, "two"), new YamlComment(3, 15, "three")], comments);
    }

    [Theory]
    [InlineData("x: 1   # before\na:\n  ...\n    b: 1 # after\n")]
    [InlineData("x: 1   # before\na:\n  ...\n  b: 1 # after\n")]
    public async Task The_comment_reader_ends_where_the_scanner_reports_an_error_token_and_keeps_the_comments_before(string yaml)
    {
        // YamlDotNet's scanner yields its Error token for "..." inside a mapping over and over without moving on;
        // a reader that loops fails here with a TimeoutException instead of holding the run.
        var comments = await Task.Run(() => YamlComments.Read(yaml)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([new YamlComment(1, 8, "before")], comments);
    }

    [Fact]
    public async Task A_document_end_inside_a_mapping_of_a_file_with_a_directive_is_a_syntax_error_not_a_hang()
    {
        var yaml = Head + "income:\n  total: 107.495   # perfreport: ignore PR1007 原因：只印两位小数无妨\nperformance:\n  ...\n    summary: 好\n";
        var result = await Task.Run(() => Yaml.Check(yaml)).WaitAsync(TimeSpan.FromSeconds(30));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((8, 12, "PR0001"), (error.Span.Line, error.Span.Column, error.Id));
        Assert.Equal("YAML 语法错误：此处不能开始键值对：上面几行中可能有缺少“键: ”的文字，或缩进不对（While scanning a multiline plain scalar, found invalid mapping.）", error.Message);
    }

    [Fact]
    public void The_binder_knows_the_suppressions_key_and_reports_unknown_keys_in_an_entry()
    {
        var result = Check("suppressions:\n  - { code: PR1007, path: income, reason: x, resaon: y }\n");
        var unknown = Assert.Single(result.Diagnostics, d => d.Id == "PR1003");
        Assert.Equal((5, 46, "suppressions[0].resaon"), (unknown.Span.Line, unknown.Span.Column, unknown.YamlPath));
        Assert.StartsWith("未知字段 \"resaon\"，是否应为 \"reason\"？", unknown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PR1003" && d.YamlPath == "suppressions");
    }

    [Fact]
    public void An_entry_without_code_or_path_is_a_missing_field()
    {
        var result = Check("suppressions:\n  - reason: 没写编号\n");
        Assert.Equal(
            ["缺少必填字段 \"code\"（要抑制的问题编号，如 PR3050）", "缺少必填字段 \"path\"（问题所在的 YAML 路径，如 performance.summary）"],
            result.Diagnostics.Where(d => d.Id == "PR1001").Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_accepted_copy_of_the_main_sample_has_no_live_finding_and_suppresses_exactly_the_samples_warnings()
    {
        var sample = Yaml.CheckSample("2022.yaml");
        var accepted = Compilation.Validate(SourceText.From("2022-accepted.yaml", Repo.Read("tests", "PerfReport.Core.Tests", "Samples", "2022-accepted.yaml")), CompilationOptions.Default);
        Assert.Equal("", Show(accepted.Diagnostics));
        Assert.Empty(accepted.Diagnostics);
        Assert.Equal(sample.Diagnostics.Select(d => (d.Id, d.YamlPath, d.Message)), accepted.Suppressed.Select(d => (d.Id, d.YamlPath, d.Message)));
        Assert.Equal(10, accepted.Suppressed.Count);
        Assert.All(accepted.Suppressed, d => Assert.False(string.IsNullOrWhiteSpace(d.SuppressionReason)));
        Assert.Equal("扣分理由已在第六部分说明", accepted.Suppressed.Single(d => d.Id == "PR4001").SuppressionReason);
    }
}
