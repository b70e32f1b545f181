using System.Collections;
using System.Reflection;
using PerfReport.Diagnostics;
using PerfReport.Rendering;
using PerfReport.Rendering.ViewModels;
using PerfReport.TestKit;
using PerfReport.Tests.TestKit;
using PerfReport.Text;
using Scriban.Runtime;

namespace PerfReport.Tests.Rendering;

/// <summary>
/// Templates get the view model as explicitly built Scriban data (no reflection, so trimmed and native builds keep
/// every variable). The explicit list must name every property of every view-model type, under its snake_case name.
/// </summary>
public class ScriptDataTests
{
    private static ReportViewModel View(string sample)
    {
        var result = Compilation.Validate(SourceText.From(sample, Repo.Read("samples", sample)), CompilationOptions.Default);
        return ReportViewModelBuilder.Build(result.Model!, new ReportNeeds());
    }

    [Theory]
    [InlineData("2022.yaml")]
    [InlineData("minimal.yaml")]
    public void Every_property_of_the_view_model_is_in_the_template_data_under_its_snake_case_name(string sample)
    {
        var problems = new List<string>();
        Compare(View(sample), ScriptData.Of(View(sample)), "", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Walks a view-model object and its Scriban counterpart side by side.</summary>
    private static void Compare(object view, object? data, string path, List<string> problems)
    {
        switch (view)
        {
            case string text when data is decimal d:
                // A figure reaches templates as the decimal that prints as the view's text.
                if (d.ToString(System.Globalization.CultureInfo.InvariantCulture) != text) problems.Add($"{path}: {text} ≠ {d}");
                return;
            case string or bool:
                if (!Equals(view, data)) problems.Add($"{path}: {view} ≠ {data}");
                return;
            case IList list:
                if (data is not ScriptArray array || array.Count != list.Count)
                {
                    problems.Add($"{path}: a list of {list.Count} is {data?.GetType().Name} of {(data as ScriptArray)?.Count}");
                    return;
                }

                for (var i = 0; i < list.Count; i++) Compare(list[i]!, array[i], $"{path}[{i}]", problems);
                return;
        }

        if (data is not ScriptObject o)
        {
            problems.Add($"{path}: {view.GetType().Name} is {data?.GetType().Name ?? "null"}");
            return;
        }

        var properties = view.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToList();
        var names = properties.Select(p => StandardMemberRenamer.Default(p)).ToList();
        var extra = o.Keys.Except(names, StringComparer.Ordinal).ToList();
        if (extra.Count > 0) problems.Add($"{path}: no property for {string.Join(", ", extra)}");
        foreach (var p in properties)
        {
            var name = StandardMemberRenamer.Default(p);
            if (!o.ContainsKey(name)) problems.Add($"{path}.{name}: missing ({view.GetType().Name}.{p.Name})");
            else Compare(p.GetValue(view)!, o[name], $"{path}.{name}", problems);
        }
    }

    [Theory]
    [InlineData("2022.yaml")]
    [InlineData("minimal.yaml")]
    public void The_listed_variables_are_exactly_the_data_templates_get(string sample)
    {
        var problems = new List<string>();
        Walk(ScriptData.Variables, ScriptData.Of(View(sample)), "", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Walk(IReadOnlyList<TemplateVariable> variables, ScriptObject data, string path, List<string> problems)
    {
        var names = variables.Select(v => v.Name).ToList();
        if (!names.Order(StringComparer.Ordinal).SequenceEqual(data.Keys.Order(StringComparer.Ordinal)))
            problems.Add($"{path}: listed {string.Join(",", names)}; data has {string.Join(",", data.Keys)}");
        foreach (var v in variables)
        {
            Assert.False(string.IsNullOrWhiteSpace(v.Description), $"{path}.{v.Name} has no description");
            if (!data.TryGetValue(v.Name, out var value)) continue;
            switch (v.Type)
            {
                case "对象" when value is ScriptObject o:
                    Walk(v.Members, o, $"{path}.{v.Name}", problems);
                    break;
                case "列表" when value is ScriptArray a:
                    foreach (var item in a.OfType<ScriptObject>()) Walk(v.Members.Count == 0 ? variables : v.Members, item, $"{path}.{v.Name}[]", problems);
                    break;
                case "文本列表" when value is ScriptArray:
                case "文本" when value is string:
                case "是/否" when value is bool:
                case "金额（万元，两位小数，可运算）" or "分数（可运算）" or "人数（可运算）" when value is decimal or "":
                case "金额（万元，两位小数，可运算；不适用时为“——”）" when value is decimal or "" or "——":
                    break;
                default:
                    problems.Add($"{path}.{v.Name}: listed as {v.Type}, given {value?.GetType().Name}");
                    break;
            }
        }
    }

    [Fact]
    public void Figures_are_decimals_that_print_as_the_report_prints_them_and_text_stays_text()
    {
        Assert.Equal(107.49m, ScriptData.Number("107.49"));
        Assert.Equal("0.00", ScriptData.Number("0.00").ToString());
        Assert.Equal("9.5", ((decimal)ScriptData.Number("9.5")).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("-3.20", ((decimal)ScriptData.Number("-3.20")).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("", ScriptData.Number(""));
        Assert.Equal("81.14%", ScriptData.Number("81.14%"));
        Assert.Equal("1,000.00", ScriptData.Number("1,000.00"));
        Assert.Equal("+5", ScriptData.Number("+5"));
        Assert.Equal("05", ScriptData.Number("05"));
    }

    [Theory]
    [InlineData("{{ cn_number 1 }}、{{ cn_number 12 }}", "一、十二")]
    [InlineData("合计{{ income.total + 1 }}；{{ income.total * 2 }}；{{ expenditure.personnel - expenditure.personnel }}", "合计108.49；214.98；0.00")]
    [InlineData("总分{{ self_evaluation.total }}分，等级为{{ self_evaluation.grade }}；满分{{ self_evaluation.max_total }}", "总分99分，等级为优；满分100")]
    [InlineData("执行率{{ self_evaluation.funds.rate }}，得{{ self_evaluation.funds.score }}分（{{ self_evaluation.funds.weight }}分），执行{{ self_evaluation.funds.executed }}万元", "执行率100.00%，得10分（10分），执行107.49万元")]
    [InlineData("{{ for g in self_evaluation.groups }}{{ g.name }}{{ g.weight }}/{{ g.score }}；{{ end }}", "产出指标50/49；效益指标40/40；")]
    [InlineData("{{ i = self_evaluation.indicators[0] }}{{ i.group }}>{{ i.category }}>{{ i.name }}:{{ i.kind }}:{{ i.target }}:{{ i.actual }}:{{ i.weight }}:{{ i.score }}", "产出指标>数量指标>了解反映非公有制企业和非公有制经济人士诉求，帮助其依法维护合法权益:正向:100%:100%:5:5")]
    [InlineData("{{ for c in self_evaluation.groups[0].categories }}{{ c.name }}{{ c.weight }}/{{ c.score }}；{{ end }}{{ self_evaluation.indicators.size }}个", "数量指标10/10；质量指标5/5；时效指标20/20；成本指标15/14；12个")]
    [InlineData("{{ self_evaluation.goals[1] }}|{{ self_evaluation.goals_achievement }}|{{ self_evaluation.indicators[5].score - self_evaluation.indicators[5].weight }}", "严格按照会计法及相关政策精神，合理安排资金运用，确保各类项目按计划有效实施。|完成年度目标。|-1")]
    [InlineData("{{ department }}·{{ income.sources[0].name }}·{{ expenditure.projects.size }}", "益阳市资阳区工商业联合会·一般公共预算财政拨款收入·3")]
    public void Templates_read_the_data_and_the_functions(string template, string expected)
    {
        var files = TemplateSet.Default.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        files["sections/10-other.sbn"] = template + "\n";
        var options = CompilationOptions.Default with { Templates = TemplateSet.FromFiles("templates", files) };
        var result = Compilation.Build(SourceText.From("2022.yaml", Repo.Read("samples", "2022.yaml")), options);
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics.Where(d => d.Severity == Severity.Error)));
        Assert.Contains(expected, DocxText.Flatten(result.Docx!), StringComparison.Ordinal);
    }
}

/// <summary>A batch parses each template once per template set; the parsed template renders the same for every report.</summary>
public class TemplateCacheTests
{
    [Fact]
    public void A_template_is_parsed_once_per_set_and_a_changed_set_parses_its_own()
    {
        var set = TemplateSet.Default;
        Assert.Same(set.Parse("title.sbn"), set.Parse("title.sbn"));
        var own = TemplateSet.FromFiles("mine", new Dictionary<string, string>(StringComparer.Ordinal) { ["title.sbn"] = "{{ year }}\n" });
        Assert.NotSame(set.Parse("title.sbn"), own.Parse("title.sbn"));
        Assert.Equal("mine/title.sbn", own.Parse("title.sbn").SourceFilePath);
    }

    [Fact]
    public void Reports_built_one_after_another_from_the_cached_templates_are_the_same_as_built_alone()
    {
        var options = CompilationOptions.Default with { Timestamp = new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero) };
        byte[] Build(string sample) => Compilation.Build(SourceText.From(sample, Repo.Read("samples", sample)), options).Docx!;
        var first = Build("2022.yaml");
        _ = Build("minimal.yaml");
        Assert.Equal(first, Build("2022.yaml"));
    }
}
