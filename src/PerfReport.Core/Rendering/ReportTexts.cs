using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Rendering.Docx;
using PerfReport.Rendering.ViewModels;

namespace PerfReport.Rendering;

/// <summary>
/// Every template of the manifest rendered once against one view model, in the build's order (title, preamble,
/// sections, closing, then each table and its note), with the markers of missing pieces still in the text.
/// Completeness reads the markers; the build reads the text. When the render reported nothing and nothing failed, the
/// build takes it as it is instead of rendering the same templates again (<see cref="Reusable"/>): the templates share
/// one set of globals and one output budget, so a render is only the same when it runs the same templates in the same
/// order, which this class is the one place to do.
/// </summary>
internal sealed class ReportTexts
{
    private ReportTexts(TemplateSet templates, ReportViewModel view, ReportNeeds needs)
    {
        Templates = templates;
        View = view;
        Needs = needs;
    }

    /// <summary>The templates rendered (a build with other templates renders its own).</summary>
    public TemplateSet Templates { get; }

    public ReportViewModel View { get; }

    /// <summary>What each marker in the texts stands for.</summary>
    public ReportNeeds Needs { get; }

    public string? Title { get; private set; }

    public string? Preamble { get; private set; }

    /// <summary>One text per manifest section, in order; null where the template could not be rendered.</summary>
    public IReadOnlyList<string?> Sections { get; private set; } = [];

    public string? Closing { get; private set; }

    /// <summary>One per manifest table: the filled table (null when it failed) and its note (null when it has none, failed or was not rendered).</summary>
    public IReadOnlyList<(TableSpec? Spec, string? Note)> Tables { get; private set; } = [];

    /// <summary>Some template could not be rendered (its problem was reported).</summary>
    public bool Failed { get; private set; }

    /// <summary>Rendered without any diagnostic and without a failure: a build may take these texts as they are.</summary>
    public bool Reusable { get; private set; }

    /// <summary>Renders every template of <paramref name="manifest"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static ReportTexts Render(ReportManifest manifest, TemplateSet templates, Evaluation model, Scoring.ScoreSheet? sheet, DiagnosticBag diagnostics)
    {
        var needs = new ReportNeeds();
        var view = ReportViewModelBuilder.Build(model, needs, sheet);
        var texts = new ReportTexts(templates, view, needs);
        var renderer = new TemplateRenderer(templates, view, diagnostics);
        int before = diagnostics.Count;

        string? Render(string template)
        {
            var text = renderer.Render(template);
            texts.Failed |= text is null;
            return text;
        }

        texts.Title = Render(manifest.Title);
        texts.Preamble = Render(manifest.Preamble);
        texts.Sections = [.. manifest.Sections.Select(s => Render(s.Template))];
        texts.Closing = Render(manifest.Closing);
        var tables = new List<(TableSpec?, string?)>();
        foreach (var table in manifest.Tables)
        {
            var spec = renderer.RenderTable(table.Table, text => needs.Take(text).Text);
            if (spec is null)
            {
                texts.Failed = true;
                tables.Add((null, null));
                continue;
            }

            tables.Add((spec, table.Note is null ? null : Render(table.Note)));
        }

        texts.Tables = tables;
        texts.Reusable = !texts.Failed && diagnostics.Count == before;
        return texts;
    }
}
