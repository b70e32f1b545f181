using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfReport.Diagnostics;
using PerfReport.Syntax;
using PerfReport.Tests.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>
/// A report is complete before it is built: every variant of a complete report with one piece left out either builds
/// a document with no empty figure or subject in it, or is refused with the missing piece named (PR1013–PR1015).
/// </summary>
public partial class CompletenessTests
{
    /// <summary>An invented department with every part filled in, optional parts included.</summary>
    private const string Complete = """
        year: 2023
        department: { name: 某某县某某局, finance_bureau: 某某县财政局, self_reference: 我局 }
        basic_info:
          duties: [负责全县某某工作。, 承办县政府交办的其他事项。]
          organization: 内设办公室、业务股两个股室。
          staffing: { establishment_type: 行政编制, authorized: 6, actual: 5 }
        income:
          total: 120.00
          sources:
            - name: 一般公共预算财政拨款收入
              nature: general_budget
              amount: 110.00
              breakdown:
                - { name: 一般公共服务支出, amount: 110.00 }
            - { name: 其他收入, nature: other, amount: 10.00 }
        expenditure:
          total: 120.00
          basic: { total: 100.00, personnel: 85.00, personnel_covers: 基本工资、津贴补贴, public: 15.00, public_covers: 办公费、差旅费 }
          project:
            total: 20.00
            projects:
              - { name: 某某专项工作经费, budget: 20.00, actual: 20.00, purpose: 用于开展某某专项工作 }
            purpose: 项目资金全部用于专项工作。
        budget_vs_final:
          initial_budget: 110.00
          reasons:
            - { text: 追加专项工作经费, amount: 10.00 }
        other_budgets:
          government_fund: { amount: 5.00, text: 用于某某基础设施建设。 }
          state_capital: none
          social_insurance: none
        performance:
          summary: 全年各项工作任务均已完成。
          achievements:
            - { title: 履职尽责, text: 按计划完成了各项工作。 }
        problems: [预算编制有待细化。]
        measures: [加强预算编制管理。]
        results_application: 自评结果按规定在部门网站公开。
        other_remarks: 无其他需要说明的情况。
        self_evaluation:
          funds: { initial_budget: 110.00, full_year_budget: 120.00, executed: 120.00 }
          goals: [完成年度各项工作任务。]
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 开展培训次数, target: ≥4次, actual: 4次, weight: 90 }
        signature: { filled_by: 张某, date: 2024年3月1日, phone: 0000-0000000, head: 李某 }
        """;

    /// <summary>Text that only an empty figure or subject produces.</summary>
    [GeneratedRegex(@"(?<![0-9（：])万元|根据关于|（）|编制个|人员名|其中：。|为。|是。|占。|\uE000|\uE001")]
    private static partial Regex EmptyFigure();

    public static TheoryData<string> Removals() => new(Paths(Load(Complete)));

    [Theory]
    [MemberData(nameof(Removals))]
    public void Leaving_out_one_piece_builds_no_blank_or_is_refused(string removed)
    {
        var yaml = Emit(Load(Complete), removed);
        var result = Compilation.Build(SourceText.From("t.yaml", yaml), CompilationOptions.Default);
        if (result.Docx is null)
        {
            Assert.True(result.HasErrors);
            return;
        }

        var text = DocxText.Flatten(result.Docx);
        var blank = EmptyFigure().Match(text);
        Assert.False(blank.Success, $"without {removed}: \"{Around(text, blank.Index)}\"");
        if (!yaml.Contains("government_fund: none", StringComparison.Ordinal))
            Assert.DoesNotContain("本年度无政府性基金预算支出", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_complete_report_builds_with_every_figure()
    {
        var result = Compilation.Build(SourceText.From("t.yaml", Emit(Load(Complete), null)), CompilationOptions.Default);
        Assert.True(result.Docx is not null, PerfReport.TestKit.Yaml.Show(result.Diagnostics));
        var text = DocxText.Flatten(result.Docx);
        Assert.DoesNotMatch(EmptyFigure(), text);
        Assert.Contains("本年度政府性基金预算支出5.00万元。", text, StringComparison.Ordinal);
        Assert.Contains("根据某某县财政局关于开展", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("problems", 1, 1, "PR1013", "报告的“七、存在的问题及原因分析”需要“存在的问题”（problems），文件中没有")]
    [InlineData("other_remarks", 1, 1, "PR1013", "报告的“十、其他需要说明的情况”需要“其他需要说明的情况”（other_remarks），文件中没有；没有的写“无其他需要说明的情况。”")]
    [InlineData("other_budgets.government_fund", 48, 1, "PR1013", "报告的“三、政府性基金预算支出情况”需要“政府性基金预算支出”（other_budgets.government_fund），文件中没有；没有的写 none")]
    [InlineData("expenditure.basic.public", 29, 3, "PR1014", "报告的“二、部门整体收入支出管理及使用情况”要印出“公用经费”（expenditure.basic.public），文件中没有")]
    [InlineData("department.finance_bureau", 2, 1, "PR1014", "报告的“开头语”要印出“布置自评工作的财政部门”（department.finance_bureau），文件中没有")]
    [InlineData("budget_vs_final", 1, 1, "PR1013", "报告的“二、部门整体收入支出管理及使用情况”需要“年初预算与决算差异”（budget_vs_final），文件中没有")]
    [InlineData("basic_info.staffing.actual", 11, 3, "PR1014", "报告的“一、部门（单位）基本情况”要印出“实际在职人数”（basic_info.staffing.actual），文件中没有")]
    [InlineData("self_evaluation.indicators[0].categories[0].indicators[0].weight", 77, 15, "PR1015", "指标“开展培训次数”没有分值（weight）；每个三级指标都要写分值，没有分值无法计分")]
    public void A_missing_piece_is_one_error_at_the_line_of_its_parent(string removed, int line, int column, string id, string message)
    {
        var yaml = Emit(Load(Complete), removed);
        var result = Compilation.Validate(SourceText.From("t.yaml", yaml), CompilationOptions.Default);
        var d = Assert.Single(result.Diagnostics, d => PerfReport.TestKit.Yaml.IsCompleteness(d));
        Assert.Equal((id, Severity.Error, message), (d.Id, d.Severity, d.Message));
        Assert.Equal((line, column), (d.Span.Line, d.Span.Column));
        Assert.Null(Compilation.Build(SourceText.From("t.yaml", yaml), CompilationOptions.Default).Docx);

        var draft = Compilation.Validate(SourceText.From("t.yaml", yaml), CompilationOptions.Default with { Draft = true });
        var warning = Assert.Single(draft.Diagnostics, d => PerfReport.TestKit.Yaml.IsCompleteness(d));
        Assert.Equal((id, Severity.Warning, message), (warning.Id, warning.Severity, warning.Message));
    }

    [Fact]
    public void A_file_of_three_lines_names_each_missing_part_once()
    {
        var result = Compilation.Validate(SourceText.From("t.yaml", "year: 2023\ndepartment: { name: 某局 }\nincome: { total: 5 }\n"), CompilationOptions.Default);
        var pieces = result.Diagnostics.Where(PerfReport.TestKit.Yaml.IsCompleteness).Select(d => d.YamlPath).ToList();
        Assert.Equal(pieces.Distinct().Count(), pieces.Count);
        Assert.Equal(
            ["basic_info", "budget_vs_final", "department.finance_bureau", "expenditure", "income.sources", "measures", "other_budgets", "other_remarks", "problems", "results_application", "self_evaluation"],
            pieces.Order(StringComparer.Ordinal));
    }

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 30), Math.Min(60, text.Length - Math.Max(0, index - 30)));

    private static YamlNode Load(string yaml)
    {
        var bag = new DiagnosticBag("t.yaml");
        var root = YamlLoader.Load(SourceText.From("t.yaml", yaml), bag);
        Assert.False(bag.HasErrors);
        return root!;
    }

    /// <summary>The YAML path of every mapping entry and list item, in document order.</summary>
    private static IEnumerable<string> Paths(YamlNode node)
    {
        switch (node)
        {
            case YamlMapping m:
                foreach (var (key, value) in m.Entries)
                {
                    var path = m.Path.Length == 0 ? key.Value : $"{m.Path}.{key.Value}";
                    yield return path;
                    foreach (var p in Paths(value)) yield return p;
                }

                break;
            case YamlSequence s:
                foreach (var item in s.Items)
                {
                    yield return item.Path;
                    foreach (var p in Paths(item)) yield return p;
                }

                break;
        }
    }

    /// <summary>The tree as block YAML, without the node at <paramref name="removed"/>; scalars keep plain or quoted as written.</summary>
    private static string Emit(YamlNode root, string? removed)
    {
        var y = new StringBuilder();
        Write(root, 0, false);
        return y.ToString();

        void Write(YamlNode node, int indent, bool inline)
        {
            var pad = new string(' ', indent);
            switch (node)
            {
                case YamlMapping m:
                    var first = inline;
                    foreach (var (key, value) in m.Entries)
                    {
                        var path = m.Path.Length == 0 ? key.Value : $"{m.Path}.{key.Value}";
                        if (path == removed) continue;
                        y.Append(first ? "" : pad).Append(key.Value).Append(':');
                        first = false;
                        if (value is YamlScalar vs) y.Append(' ').Append(Scalar(vs)).Append('\n');
                        else
                        {
                            y.Append('\n');
                            Write(value, indent + 2, false);
                        }
                    }

                    if (first) y.Append("{}\n");
                    break;
                case YamlSequence s:
                    var items = s.Items.Where(i => i.Path != removed).ToList();
                    if (items.Count == 0) y.Append(pad).Append("[]\n");
                    foreach (var item in items)
                    {
                        y.Append(pad).Append("- ");
                        if (item is YamlScalar si) y.Append(Scalar(si)).Append('\n');
                        else Write(item, indent + 2, true);
                    }

                    break;
            }
        }

        static string Scalar(YamlScalar s) => s.IsPlain ? s.Value : JsonSerializer.Serialize(s.Value, Quoting);
    }
}
