using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Rendering.Docx;

namespace PerfReport.Rendering;

/// <summary>The report, and each attached table as a document of its own.</summary>
internal sealed record RenderedReport(DocumentSpec Whole, IReadOnlyList<(string Name, DocumentSpec Document)> Attachments);

/// <summary>The whole report as a document: the manifest's narrative sections from the templates, then the two tables.</summary>
internal static class ReportRenderer
{
    /// <summary>
    /// The document from <paramref name="rendered"/> when validation rendered these templates cleanly
    /// (<see cref="ReportTexts.Reusable"/>), else from a render of its own that reports into <paramref name="diagnostics"/>.
    /// </summary>
    public static RenderedReport? Render(Evaluation model, Scoring.ScoreSheet? sheet, TemplateSet templates, DiagnosticBag diagnostics, ReportTexts? rendered = null)
    {
        var manifest = ReportManifest.Load(templates, diagnostics);
        if (manifest is null) return null;
        var texts = rendered is { Reusable: true } r && ReferenceEquals(r.Templates, templates) && r.Sections.Count == manifest.Sections.Count && r.Tables.Count == manifest.Tables.Count
            ? r
            : ReportTexts.Render(manifest, templates, model, sheet, diagnostics);
        if (texts.Failed) return null;

        // Validation has refused any report whose templates print a missing piece (Completeness); markers are still
        // stripped here, so that none could ever reach a document.
        var needs = texts.Needs;
        var view = texts.View;
        var parser = new NarrativeParser();
        var blocks = new List<Block>();
        string? Clean(string? text) => text is null ? null : needs.Take(text).Text;

        // The title's lines are one paragraph with line breaks, so it can break between the unit and the document type
        // (GB/T 9704-2012 §7.3.1: a title breaks where the words allow).
        if (Clean(texts.Title) is { } title)
            blocks.Add(new ParagraphBlock(StyleNames.Title, string.Join('\n', title.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))));
        if (Clean(texts.Preamble) is { } preamble) blocks.AddRange(parser.Parse(preamble));
        for (int i = 0; i < manifest.Sections.Count; i++)
        {
            blocks.Add(parser.Section(manifest.Sections[i].Heading));
            if (Clean(texts.Sections[i]) is { } body) blocks.AddRange(parser.Parse(body));
        }

        if (Clean(texts.Closing) is { } closing) blocks.AddRange(parser.Parse(closing));
        var attachments = new List<(string, DocumentSpec)>();
        for (int i = 0; i < manifest.Tables.Count; i++)
        {
            blocks.Add(PageBreakBlock.Instance);
            var start = blocks.Count;
            var label = $"附表{i + 1}";
            var attachment = SplitAttachments.Name(i + 1, templates, manifest.Tables[i].Table);
            blocks.Add(new ParagraphBlock(StyleNames.AttachmentLabel, label));
            var (spec, note) = texts.Tables[i];

            // The notes (说明, signature) go with the last table, which keeps them on the page of its last rows.
            if (Clean(note) is { } n) spec = spec! with { Notes = [.. n.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)] };
            blocks.Add(new TableBlock(spec!));
            attachments.Add((attachment, new DocumentSpec(blocks[start..], $"{view.Year}年度{view.Department}{label}")));
        }

        return new RenderedReport(new DocumentSpec(blocks, view.Title), attachments);
    }
}
