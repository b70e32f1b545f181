using PerfReport.Rendering;
using PerfReport.TestKit;
using PerfReport.Tests.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>
/// The attached tables come from table descriptions (templates/tables/*.table.yaml): a changed or different description
/// is a different table, and a faulty one is a Chinese diagnostic naming the file, the row and the cell.
/// </summary>
public class TableTemplateTests
{
    private const string BasicData = "tables/basic-data.table.yaml";
    private const string SelfEvaluation = "tables/self-evaluation.table.yaml";

    private static string Default(string path) => TemplateSet.Default.Files[path];

    private static TemplateSet With(string path, string text)
    {
        var files = TemplateSet.Default.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        files[path] = text;
        return TemplateSet.FromFiles("tpl", files);
    }

    private static CompilationResult Build(TemplateSet templates, string sample = "2022.yaml") =>
        Compilation.Build(SourceText.From(sample, Repo.Read("samples", sample)), CompilationOptions.Default with { Templates = templates, Split = true });

    /// <summary>The rows of one attached table (its own document with --split), as text lines ("&lt;" for a spanned column, "^" for a merged cell).</summary>
    private static List<string> Rows(CompilationResult result, string attachment)
    {
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
        var docx = result.Attachments.Single(a => a.Name == attachment).Docx;
        return [.. DocxText.Flatten(docx).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal))];
    }

    private static string Located(CompilationResult result) =>
        string.Join("\n", result.Diagnostics.Where(d => d.Id.StartsWith("PR92", StringComparison.Ordinal)).Select(d => $"{d.FilePath}({d.Span.Line},{d.Span.Column}) {d.Id} {d.Message}"));

    private static (int Line, int Column) Where(string text, string needle, int offset = 0)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, needle);
        var before = text[..(index + offset)];
        var line = before.Count(c => c == '\n') + 1;
        return (line, index + offset - (before.LastIndexOf('\n') + 1) + 1);
    }

    [Fact]
    public void The_default_tables_are_descriptions_in_the_templates_and_the_manifest_names_them()
    {
        Assert.Contains("table: tables/basic-data.table.yaml", Default(ReportManifest.FileName), StringComparison.Ordinal);
        Assert.Contains("table: tables/self-evaluation.table.yaml", Default(ReportManifest.FileName), StringComparison.Ordinal);
        Assert.Contains("- { text: 基本支出, align: left }", Default(BasicData), StringComparison.Ordinal);
        var (table, findings) = TemplateSet.Default.Table(SelfEvaluation);
        Assert.Empty(findings);
        Assert.Equal(10, table!.Columns);
        Assert.Equal([3, 8, 9], table.Stretch);
    }

    [Fact]
    public void A_description_is_read_once_per_template_set()
    {
        var templates = With(BasicData, Default(BasicData));
        var first = templates.Table(BasicData).Table;
        Build(templates);
        Build(templates);
        Assert.Same(first, templates.Table(BasicData).Table);
    }

    [Fact]
    public void A_changed_label_is_printed()
    {
        var text = Default(BasicData).Replace("- { text: 基本支出, align: left }", "- { text: 基本支出（含人员和公用经费）, align: left }", StringComparison.Ordinal);
        var rows = Rows(Build(With(BasicData, text)), "附表1-基础数据表");
        Assert.Equal("| 基本支出（含人员和公用经费） | 91.51 | < | 53.95 | < | 99.20 | < |", rows[4]);
    }

    [Fact]
    public void A_province_variant_with_an_extra_sub_row_and_a_conditional_row_builds()
    {
        // Hunan-style: 人员经费 as a sub-row of 基本支出 (from the narrative), and a row only when the funds block is stated.
        var text = Default(BasicData).Replace(
            "  - cells:\n      - { text: \"　其中：公用经费\", align: left }",
            """
              - cells:
                  - { text: "　其中：人员经费", align: left }
                  - { text: "", span: 2 }
                  - { text: "", span: 2 }
                  - { text: "{{ expenditure.personnel }}", span: 2 }
              - if: basic_data.funds_stated
                cells:
                  - { text: 以上数字取自经费控制情况表, span: 7, align: left }
              - cells:
                  - { text: "　其中：公用经费", align: left }
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'),
            StringComparison.Ordinal);
        Assert.NotEqual(Default(BasicData), text);
        var rows = Rows(Build(With(BasicData, text)), "附表1-基础数据表");
        Assert.Equal(
            [
                "| 基本支出 | 91.51 | < | 53.95 | < | 99.20 | < |",
                "| 　其中：人员经费 | | < | | < | 92.81 | < |",
                "| 以上数字取自经费控制情况表 | < | < | < | < | < | < |",
                "| 　其中：公用经费 | 7.40 | < | 8.62 | < | 6.39 | < |",
            ],
            rows[4..8]);
    }

    [Fact]
    public void A_self_evaluation_form_with_other_columns_builds_with_merged_names()
    {
        // Chongqing-style: one row loop over every indicator, 指标性质 beside the name, 一级/二级 merged where equal.
        const string Form = """
            title: "{{ year }}年度部门整体支出绩效自评表"
            split_name: 自评表
            columns: 6
            stretch: [3]
            font: 小五
            needs: self_evaluation
            rows:
              - repeat_on_new_page: true
                cells: [一级指标, 二级指标, 三级指标, 指标性质, 分值, 得分]
              - for: i in self_evaluation.indicators
                rows:
                  - cells:
                      - { text: "{{ i.group }}", merge: equal }
                      - { text: "{{ i.category }}", merge: equal }
                      - { text: "{{ i.name }}", align: left }
                      - "{{ i.kind }}"
                      - "{{ i.weight }}"
                      - "{{ i.score }}"
              - cells:
                  - { text: 合计, span: 4, bold: true }
                  - "{{ self_evaluation.max_total }}"
                  - "{{ self_evaluation.total }}"
            """;
        var rows = Rows(Build(With(SelfEvaluation, Form)), "附表2-自评表");
        Assert.Equal("| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 分值 | 得分 |", rows[0]);
        Assert.Equal("| 产出指标 | 数量指标 | 了解反映非公有制企业和非公有制经济人士诉求，帮助其依法维护合法权益 | 正向 | 5 | 5 |", rows[1]);
        Assert.Equal("| ^ | ^ | 参与协调劳动关系，协同社会治理，促进社会和谐稳定。 | 正向 | 5 | 5 |", rows[2]);
        Assert.Equal("| ^ | 质量指标 | 工作任务如期完成，工作质量达到各项工作要求 | 正向 | 5 | 5 |", rows[3]);
        Assert.Equal("| **合计** | < | < | < | 100 | 99 |", rows[^1]);
    }

    [Fact]
    public void An_unknown_key_and_spans_that_do_not_fill_the_grid_are_PR9202_at_the_cell()
    {
        var text = Default(BasicData).Replace("- { text: 编制数, span: 2 }", "- { text: 编制数, spna: 2 }", StringComparison.Ordinal);
        var key = Where(text, "spna");
        var cells = Where(text, "      - { text: 财政供养人员情况（人）", 6);
        Assert.Equal(
            $"tpl/tables/basic-data.table.yaml({cells.Line},{cells.Column}) PR9202 表格描述有误：第1行各格的 span 之和为 6，应等于 columns（7）\n"
            + $"tpl/tables/basic-data.table.yaml({key.Line},{key.Column}) PR9202 表格描述有误：第1行 第2格中有未知的键 spna（可用：text、span、align、bold、merge、split_if_longer）",
            Located(Build(With(BasicData, text))));
    }

    [Fact]
    public void A_merge_over_a_variable_that_is_no_loop_is_PR9202()
    {
        var text = Default(SelfEvaluation).Replace("merge: per c }", "merge: per x }", StringComparison.Ordinal);
        var at = Where(text, "per x", 0);
        Assert.Equal(
            $"tpl/tables/self-evaluation.table.yaml({at.Line},{at.Column}) PR9202 表格描述有误：第15行（for g）中的第1行（for c）中的第1行（for i）中的第1行 第3格的 merge: per x 中的 x 不是外层 for 循环的变量（可用：g、c、i）",
            Located(Build(With(SelfEvaluation, text))));
    }

    [Fact]
    public void A_Scriban_syntax_error_in_a_cell_is_PR9203_at_the_cell()
    {
        var text = Default(BasicData).Replace("{ text: \"{{ basic_data.total.actual }}\", span: 2 }", "{ text: \"{{ basic_data.total.actual + }}\", span: 2 }", StringComparison.Ordinal);
        var at = Where(text, "\"{{ basic_data.total.actual + }}\"");
        Assert.Equal(
            $"tpl/tables/basic-data.table.yaml({at.Line},{at.Column}) PR9203 表格描述中的模板有误：第4行 第4格的 {{{{ basic_data.total.actual + }}}}：语法错误：此处应为表达式，而不是 }}}}",
            Located(Build(With(BasicData, text))));
    }

    [Fact]
    public void An_unknown_variable_in_a_loop_is_PR9203_naming_the_row_and_cell()
    {
        var text = Default(BasicData).Replace("\"专项{{ p.number }}：{{ p.name }}\"", "\"专项{{ p.number }}：{{ p.nmae }}\"", StringComparison.Ordinal);
        var at = Where(text, "- { text: \"专项{{ p.number }}", 2);
        Assert.Equal(
            $"tpl/tables/basic-data.table.yaml({at.Line},{at.Column}) PR9203 表格描述中的模板有误：第9行（for p）中的第1行 第1格：没有成员 nmae；可用的变量见 perfreport templates vars",
            Located(Build(With(BasicData, text))));
    }

    [Fact]
    public void A_loop_over_what_is_no_list_is_PR9203()
    {
        var text = Default(BasicData).Replace("for: p in basic_data.special_projects", "for: p in basic_data.thrift_measures", StringComparison.Ordinal);
        var at = Where(text, "  - for: p in", 4);
        var message = Located(Build(With(BasicData, text)));
        Assert.StartsWith($"tpl/tables/basic-data.table.yaml({at.Line},{at.Column}) PR9203 表格描述中的模板有误：第9行的 for：p in 后面应是一个列表，而它是文字“", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_naming_a_missing_description_is_PR9201()
    {
        var manifest = Default(ReportManifest.FileName).Replace("table: tables/basic-data.table.yaml", "table: tables/basic.table.yaml", StringComparison.Ordinal);
        var result = Build(With(ReportManifest.FileName, manifest));
        var at = Where(manifest, "tables/basic.table.yaml");
        Assert.Equal(
            $"tpl/report.yaml({at.Line},{at.Column}) PR9201 报告结构清单有误：找不到表格描述文件 \"tables/basic.table.yaml\"",
            Located(result));
    }

    [Fact]
    public void The_names_of_earlier_manifests_still_mean_the_built_in_descriptions()
    {
        var manifest = Default(ReportManifest.FileName)
            .Replace("table: tables/basic-data.table.yaml", "table: BasicDataTable", StringComparison.Ordinal)
            .Replace("table: tables/self-evaluation.table.yaml", "table: SelfEvaluationTable", StringComparison.Ordinal);
        var old = Build(With(ReportManifest.FileName, manifest));
        Assert.False(old.HasErrors, Yaml.Show(old.Diagnostics));
        Assert.Equal(DocxText.Flatten(Build(TemplateSet.Default).Docx!), DocxText.Flatten(old.Docx!));
    }
}
