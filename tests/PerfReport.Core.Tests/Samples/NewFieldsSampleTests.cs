using PerfReport.Diagnostics;
using PerfReport.TestKit;
using PerfReport.Tests.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Samples;

/// <summary>
/// The fields of issue 8 items 13–16 in one report: shares of income sources, 基本/项目支出 and the 三公 items;
/// year-on-year figures; the 自评表 funds sub-rows; a 一级指标 without 二级. new-fields.yaml has them right,
/// new-fields-wrong.yaml has each wrong once.
/// </summary>
public class NewFieldsSampleTests
{
    private static string Read(string name) => Repo.Read("tests", "PerfReport.Core.Tests", "Samples", name);

    private static CompilationResult Validate(string name) =>
        Compilation.Validate(SourceText.From(name, Read(name)), CompilationOptions.Default);

    [Theory]
    [InlineData("new-fields.yaml")]
    [InlineData("new-fields-wrong.yaml")]
    public void Sample_validates_against_the_schema(string name)
    {
        var result = SchemaTests.Evaluate(Read(name));
        Assert.True(result.IsValid, string.Join("\n", SchemaTests.Errors(result)));
    }

    [Fact]
    public void Correct_figures_give_no_diagnostic()
    {
        var result = Validate("new-fields.yaml");
        Assert.True(result.Diagnostics.Count == 0, Yaml.Show(result.Diagnostics));
    }

    [Fact]
    public void Each_wrong_figure_is_reported_once_at_its_line_and_column()
    {
        List<(int, int, string, string)> expected =
        [
            (38, 64, "PR3015", "总收入比上年增减率 8.04% 与增减额 8.64 ÷ 上年 98.85 = 8.74% 不符"),
            (43, 14, "PR3001", "占比 95.53% 与 102.49 ÷ 总收入 107.49 = 95.35% 不符"),
            (55, 47, "PR2016", "其他收入比上年增减 1.50 与本年 5.00 − 上年 6.50 = -1.50 不符（差 3.00）"),
            (62, 12, "PR3001", "占比 92.92% 与 99.20 ÷ 支出合计 107.49 = 92.29% 不符"),
            (169, 64, "PR3001", "占比 45.00% 与 1.00 ÷ 三公经费 2.50 = 40.00% 不符"),
            (186, 15, "PR2017", "自评表全年执行数：年度资金总额 107.49 与其中各行（本年财政拨款、上年结转资金、其他资金）之和 106.49 不符（差 1.00）"),
            (190, 105, "PR3004", "本年财政拨款执行率 99.00% 与全年执行数 102.49 ÷ 全年预算数 102.49 = 100.00% 不符"),
            (226, 15, "PR2013", "效益指标标明 45 分，其下各三级指标分值之和为 40 分（差 5）"),
        ];
        var actual = Validate("new-fields-wrong.yaml").Diagnostics;
        Assert.All(actual, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (line, column, id, message) = expected[i];
            var d = actual[i];
            Assert.True(d.Span.Line == line && d.Span.Column == column && d.Id == id && d.Message.StartsWith(message, StringComparison.Ordinal),
                $"expected ({line},{column}) {id} {message}…\nactual:\n{Yaml.Show(actual)}");
        }
    }

    [Fact]
    public void Built_report_prints_the_shares_the_year_on_year_sentences_and_the_funds_sub_rows()
    {
        var result = Compilation.Build(SourceText.From("new-fields.yaml", Read("new-fields.yaml")), CompilationOptions.Default);
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
        var text = DocxText.Flatten(result.Docx!);
        string[] expected =
        [
            "2022年度本单位总收入107.49万元，比上年增加8.64万元，增长8.74%，其中：1、一般公共预算财政拨款收入102.49万元，占95.35%，比上年增加10.14万元，增长10.98%，收入明细如下：",
            "2、其他收入5.00万元，占4.65%，比上年减少1.50万元，下降23.08%。",
            // The expenditure states last year and the rate only: the change is derived (107.49 − 98.85).
            "2022年度本单位整体支出107.49万元，比上年增加8.64万元，增长8.74%，其中：1、人员经费支出92.81万元；",
            "2022年度基本支出99.20万元，占92.29%，其中人员经费92.81万元",
            "2022年度“三公”经费支出2.50万元，其中：公务用车购置和维护经费1.50万元，占60.00%；出国经费0.00万元，占0.00%；公务接待费1.00万元，占40.00%。",
            "2022年度项目支出8.29万元，占7.71%，其中：",
            "| ^ | 年度资金总额 | < | < | 73.03 | 107.49 | 107.49 | 10 | 100.00% | 10 |\n"
                + "| ^ | 其中：本年财政拨款 | < | < | 73.03 | 102.49 | 102.49 | —— | 100.00% | —— |\n"
                + "| ^ | 上年结转资金 | < | < | 0.00 | 0.00 | 0.00 | —— | | —— |\n"
                + "| ^ | 其他资金 | < | < | 0.00 | 5.00 | 5.00 | —— | 100.00% | —— |\n"
                + "| ^ | 按收入性质分： |",
            // 效益指标 has no 二级: its 二级 cell is one blank cell merged over its rows.
            "| ^ | 效益指标（40分） | | 促进资阳区工业商业联合工作发展 | 100% | 100% | 10 | 10 |",
            "| ^ | ^ | ^ | 引导会员积极参加国家经济建设 | 100% | 100% | 10 | 10 |",
        ];
        Assert.All(expected, e => Assert.True(text.Contains(e, StringComparison.Ordinal), $"missing:\n{e}\n\nin:\n{text}"));
    }

    [Fact]
    public void Indicators_without_a_second_level_are_scored_like_the_others()
    {
        var sheet = Validate("new-fields.yaml").ScoreSheet!;
        var benefit = sheet.Groups.Single(g => g.Name == "效益指标");
        var unnamed = Assert.Single(benefit.Categories);
        Assert.Equal("", unnamed.Name);
        Assert.Equal(6, unnamed.Indicators.Count);
        Assert.Equal(40m, benefit.Score);
        Assert.Equal(100m, sheet.Total);
    }

    [Theory]
    [InlineData("categories", "indicators", new[] { "数量指标", "" })]
    [InlineData("indicators", "categories", new[] { "", "数量指标" })]
    public void Indicators_without_a_second_level_keep_their_place_among_the_named_ones(string first, string second, string[] expected)
    {
        string Part(string key) => key == "categories"
            ? "      categories:\n        - name: 数量指标\n          indicators:\n            - { name: 甲, target: 1, actual: 1, weight: 5 }\n"
            : "      indicators:\n        - { name: 乙, target: 1, actual: 1, weight: 5 }\n";
        var yaml = "year: 2022\ndepartment: { name: 某局 }\nself_evaluation:\n  indicators:\n    - name: 产出指标\n" + Part(first) + Part(second);
        var result = Yaml.Check(yaml);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id[2] is '0' or '1' && !Yaml.IsCompleteness(d));
        var group = Assert.Single(result.Model!.SelfEvaluation!.Indicators);
        Assert.Equal(expected, group.Categories.Select(c => c.Name?.Value ?? ""));
    }

    [Theory]
    // stated change and rate; a decrease written negative prints as 减少 / 下降 with the figures unsigned
    [InlineData("{ last_year: 6.5, change: -1.5, change_rate: -23.08% }", "5", true, false, "减少", "1.50", "下降", "23.08%")]
    // only last year: change and rate derived (rate unrounded until printed: 1.5 ÷ 3.5 = 42.857… %)
    [InlineData("{ last_year: 3.5 }", "5", true, false, "增加", "1.50", "增长", "42.86%")]
    // the same as last year
    [InlineData("{ last_year: 5 }", "5", true, true, "增加", "0.00", "增长", "0.00%")]
    // last year 0: a change but no rate
    [InlineData("{ last_year: 0 }", "5", true, false, "增加", "5.00", "增长", "")]
    // nothing of last year that gives a change
    [InlineData("{ change_rate: 5% }", "5", false, false, "", "", "", "")]
    public void Year_on_year_view_derives_what_is_left_out(string yoy, string amount, bool present, bool flat, string direction, string change, string rateDirection, string rate)
    {
        var yaml = $"year: 2022\ndepartment: {{ name: 某局 }}\nincome:\n  sources:\n    - {{ name: 其他收入, amount: {amount}, year_on_year: {yoy} }}\n";
        var model = Yaml.Check(yaml).Model!;
        var view = PerfReport.Rendering.ViewModels.ReportViewModelBuilder.Build(model, new PerfReport.Rendering.ReportNeeds()).Income.Sources.Single().YearOnYear;
        Assert.Equal((present, flat, direction, change, rateDirection, rate), (view.Present, view.Flat, view.Direction, view.Amount, view.RateDirection, view.Rate));
    }
}
