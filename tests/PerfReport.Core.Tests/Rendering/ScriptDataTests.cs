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
    [InlineData("{{ cn_number 1 }}、{{ cn_number 12 }}", "一、十二")]
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
