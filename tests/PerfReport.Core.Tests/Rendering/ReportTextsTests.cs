using PerfReport.Diagnostics;
using PerfReport.Rendering;
using PerfReport.Rendering.Docx;
using PerfReport.TestKit;
using PerfReport.Tests.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>
/// Validation renders every template once, in the build's order (<see cref="ReportTexts"/>); a build takes that render
/// when it was clean instead of rendering the same templates again, and renders afresh (reporting the problems)
/// when it was not.
/// </summary>
public sealed class ReportTextsTests
{
    private static readonly string Minimal = Repo.Read("samples", "minimal.yaml");

    private static Dictionary<string, string> DefaultFiles() =>
        TemplateSet.Default.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    [Fact]
    public void A_clean_render_is_kept_and_the_build_from_it_is_byte_for_byte_a_fresh_build()
    {
        var source = SourceText.From("2022.yaml", Repo.Read("samples", "2022.yaml"));
        var options = CompilationOptions.Default with { Timestamp = new DateTimeOffset(2023, 3, 31, 0, 0, 0, TimeSpan.Zero) };
        var validated = Compilation.Validate(source, options);
        var rendered = Assert.IsType<ReportTexts>(validated.Rendered);
        Assert.True(rendered.Reusable);
        Assert.Same(TemplateSet.Default, rendered.Templates);
        Assert.Equal(10, rendered.Sections.Count);
        Assert.Equal(2, rendered.Tables.Count);
        Assert.All(rendered.Tables, t => Assert.NotNull(t.Spec));

        var reused = ReportBuilder.Build(validated.Model!, validated.ScoreSheet, options, new DiagnosticBag("2022.yaml"), rendered);
        var fresh = ReportBuilder.Build(validated.Model!, validated.ScoreSheet, options, new DiagnosticBag("2022.yaml"));
        Assert.Equal(fresh!.Value.Docx, reused!.Value.Docx);
        Assert.Equal(fresh.Value.Docx, Compilation.Build(source, options).Docx);
    }

    [Fact]
    public void The_build_takes_the_render_it_is_given_and_does_not_render_again()
    {
        // The render of another report, given to this one's build, is what the document shows: proof that the build
        // did not render the templates a second time.
        var options = CompilationOptions.Default;
        var mine = Compilation.Validate(SourceText.From("minimal.yaml", Minimal), options);
        var other = Compilation.Validate(SourceText.From("2022.yaml", Repo.Read("samples", "2022.yaml")), options);
        var report = ReportRenderer.Render(mine.Model!, mine.ScoreSheet, TemplateSet.Default, new DiagnosticBag("minimal.yaml"), other.Rendered);
        var title = Assert.IsType<ParagraphBlock>(report!.Whole.Blocks[0]);
        Assert.Contains("益阳市资阳区工商业联合会", title.Runs[0].Text, StringComparison.Ordinal);

        // A render of other templates is not taken.
        var own = TemplateSet.FromFiles("templates", DefaultFiles());
        var withOwn = ReportRenderer.Render(mine.Model!, mine.ScoreSheet, own, new DiagnosticBag("minimal.yaml"), other.Rendered);
        Assert.Contains("青禾县档案馆", Assert.IsType<ParagraphBlock>(withOwn!.Whole.Blocks[0]).Runs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_render_with_a_template_error_is_not_kept_and_the_build_reports_the_error_at_its_place()
    {
        var files = DefaultFiles();
        files["sections/10-other.sbn"] = "无。\n{{ no_such_variable }}\n";
        var options = CompilationOptions.Default with { Templates = TemplateSet.FromFiles("templates", files) };
        var source = SourceText.From("minimal.yaml", Minimal);
        Assert.Null(Compilation.Validate(source, options).Rendered);

        var built = Compilation.Build(source, options);
        Assert.Null(built.Docx);
        var error = Assert.Single(built.Diagnostics, d => d.Id == "PR9001");
        Assert.Equal("templates/sections/10-other.sbn", error.FilePath);
        Assert.Equal((2, 4), (error.Span.Line, error.Span.Column));
        Assert.Contains("no_such_variable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_global_set_by_a_section_reaches_a_table_note_in_the_build_as_in_validation()
    {
        var files = DefaultFiles();
        files["sections/10-other.sbn"] = "{{ shared = \"节中设定的文字\" }}无。\n";
        files["tables/signature.sbn"] = "{{ shared }}\n";
        var options = CompilationOptions.Default with { Templates = TemplateSet.FromFiles("templates", files) };
        var source = SourceText.From("minimal.yaml", Minimal);
        var rendered = Compilation.Validate(source, options).Rendered;
        Assert.Equal("节中设定的文字\n", rendered!.Tables[1].Note);
        Assert.Contains("节中设定的文字", DocxText.Flatten(Compilation.Build(source, options).Docx!), StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_note_lacks_is_found_the_same_from_a_kept_render_and_from_validations_own()
    {
        // The signature note alone prints the finance bureau, which the file lacks (PR1014 in 附表2). A broken section
        // makes the render unclean, so validation falls back on rendering for itself; both must find the same.
        var yaml = Minimal.Replace("  finance_bureau: 青禾县财政局    # 布置自评工作的财政部门，用于开头语\n", "", StringComparison.Ordinal);
        Assert.NotEqual(Minimal, yaml);
        var source = SourceText.From("minimal.yaml", yaml);
        var files = DefaultFiles();
        files["preamble.sbn"] = "现将自评情况报告如下：\n";
        files["tables/signature.sbn"] = "{{ finance_bureau }}\n";
        var broken = new Dictionary<string, string>(files, StringComparer.Ordinal) { ["sections/09-application.sbn"] = "{{ no_such_variable }}\n" };

        static List<string> Missing(CompilationResult r) =>
            [.. r.Diagnostics.Where(d => d.Id is "PR1013" or "PR1014").Select(d => $"{d.Id} {d.Span.Line}:{d.Span.Column} {d.YamlPath} {d.Message}")];
        var clean = Compilation.Validate(source, CompilationOptions.Default with { Templates = TemplateSet.FromFiles("templates", files) });
        var fallback = Compilation.Validate(source, CompilationOptions.Default with { Templates = TemplateSet.FromFiles("templates", broken) });
        Assert.NotNull(clean.Rendered);
        Assert.Null(fallback.Rendered);
        var found = Assert.Single(Missing(clean));
        Assert.StartsWith("PR1014 ", found, StringComparison.Ordinal);
        Assert.Contains("department.finance_bureau", found, StringComparison.Ordinal);
        Assert.Contains("附表2", found, StringComparison.Ordinal);
        Assert.Equal(Missing(clean), Missing(fallback));
    }
}
