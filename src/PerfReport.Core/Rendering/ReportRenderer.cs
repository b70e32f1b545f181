using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Rendering.Docx;
using PerfReport.Rendering.ViewModels;

namespace PerfReport.Rendering;

/// <summary>The report, and each attached table as a document of its own.</summary>
internal sealed record RenderedReport(DocumentSpec Whole, IReadOnlyList<(string Name, DocumentSpec Document)> Attachments);

/// <summary>The whole report as a document: the manifest's narrative sections from the templates, then the two tables.</summary>
internal static class ReportRenderer
{
    public static RenderedReport? Render(Evaluation model, Scoring.ScoreSheet? sheet, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var manifest = ReportManifest.Load(templates, diagnostics);
        if (manifest is null) return null;
        // Validation has refused any report whose templates print a missing piece (Completeness); markers are still
        // stripped here, so that none could ever reach a document.
        var needs = new ReportNeeds();
        var view = ReportViewModelBuilder.Build(model, needs, sheet);
        var renderer = new TemplateRenderer(templates, view, diagnostics);
        var parser = new NarrativeParser();
        var blocks = new List<Block>();
        var failed = false;

        string? Render(string template)
        {
            var text = renderer.Render(template);
            failed |= text is null;
            return text is null ? null : needs.Take(text).Text;
        }

        // The title's lines are one paragraph with line breaks, so it can break between the unit and the document type
        // (GB/T 9704-2012 §7.3.1: a title breaks where the words allow).
        if (Render(manifest.Title) is { } title)
            blocks.Add(new ParagraphBlock(StyleNames.Title, string.Join('\n', title.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))));
        if (Render(manifest.Preamble) is { } preamble) blocks.AddRange(parser.Parse(preamble));
        foreach (var section in manifest.Sections)
        {
            blocks.Add(parser.Section(section.Heading));
            if (Render(section.Template) is { } body) blocks.AddRange(parser.Parse(body));
        }

        if (Render(manifest.Closing) is { } closing) blocks.AddRange(parser.Parse(closing));
        var number = 0;
        var attachments = new List<(string, DocumentSpec)>();
        foreach (var table in manifest.Tables)
        {
            blocks.Add(PageBreakBlock.Instance);
            var start = blocks.Count;
            var label = $"附表{++number}";
            var attachment = SplitAttachments.Name(number, templates, table.Table);
            blocks.Add(new ParagraphBlock(StyleNames.AttachmentLabel, label));
            var spec = renderer.RenderTable(table.Table, text => needs.Take(text).Text);
            if (spec is null)
            {
                failed = true;
                continue;
            }

            List<TableSpec> specs = [spec];
            // The notes (说明, signature) go with the last table, which keeps them on the page of its last rows.
            if (table.Note is not null && Render(table.Note) is { } note)
                specs = [.. specs[..^1], specs[^1] with { Notes = [.. note.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)] }];
            blocks.AddRange(specs.Select(s => new TableBlock(s)));
            attachments.Add((attachment, new DocumentSpec(blocks[start..], $"{view.Year}年度{view.Department}{label}")));
        }

        return failed ? null : new RenderedReport(new DocumentSpec(blocks, view.Title), attachments);
    }
}
