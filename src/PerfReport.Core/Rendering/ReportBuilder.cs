using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Rendering.Docx;
using PerfReport.Rendering.Markdown;
using PerfReport.Rendering.Tables;
using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Rendering;

/// <summary>From a checked model to .docx bytes (and Markdown text): reference document, report layout, writers.</summary>
internal static class ReportBuilder
{
    /// <summary>The whole report and, with <see cref="CompilationOptions.Split"/>, each attached table on its own.</summary>
    public static (byte[] Docx, IReadOnlyList<ReportAttachment> Attachments, string? Markdown)? Build(Evaluation model, ScoreSheet? sheet, CompilationOptions options, DiagnosticBag diagnostics, ReportTexts? rendered = null)
    {
        if (options.WordTemplate is { } word)
        {
            var needs = new ReportNeeds();
            var view = ViewModels.ReportViewModelBuilder.Build(model, needs, sheet);
            return WordTemplates.WordTemplateRenderer.Render(word, view, needs, options.Timestamp, diagnostics) is { } filled ? (filled, [], null) : null;
        }

        var reference = LoadReference(options.ReferenceDocx, diagnostics);
        if (reference is null) return null;
        var report = ReportRenderer.Render(model, sheet, options.Templates ?? TemplateSet.Default, diagnostics, rendered);
        if (report is null) return null;
        var whole = DocxWriter.Write(report.Whole, reference, options.Timestamp);
        var attachments = options.Split
            ? report.Attachments.Select(a => new ReportAttachment(a.Name, DocxWriter.Write(a.Document, reference, options.Timestamp))).ToList()
            : [];
        var markdown = options.Markdown ? MarkdownWriter.Write(report.Whole) : null;
        return (whole, attachments, markdown);
    }

    private static ReferenceDocument? LoadReference(byte[]? docx, DiagnosticBag diagnostics)
    {
        if (docx is null) return ReferenceDocument.LoadDefault();
        if (ZipLimits.Check(docx) is { } tooLarge)
        {
            diagnostics.Report(DiagnosticDescriptors.ReferenceTooLarge, SourceSpan.FileStart, "", tooLarge);
            return null;
        }

        var reference = ReferenceDocument.Load(docx);

        // The reader falls back to the built-in reference for anything it cannot use; when the whole document was
        // unusable, the user's explicit choice failed, which is an error, not a silent substitute.
        var unusable = reference.Problems.FirstOrDefault(p => p.ReplacedWholeDocument);
        if (unusable is not null)
        {
            diagnostics.Report(DiagnosticDescriptors.ReferenceUnreadable, SourceSpan.FileStart, "", unusable.Reason);
            return null;
        }

        foreach (var p in reference.Problems)
            diagnostics.Report(DiagnosticDescriptors.ReferenceStyleMissing, SourceSpan.FileStart, "", p.StyleName.Length > 0 ? $"{p.StyleName}（{p.Message}）" : p.Message);
        return reference;
    }

    /// <summary>The 自评表's computed cells: the stated figure when given, else the score sheet's.</summary>
    internal static SelfEvaluationFigures FiguresFor(Evaluation model, ScoreSheet? sheet)
    {
        var f = model.SelfEvaluation?.Funds;
        var rate = f?.ExecutionRate?.Value ?? sheet?.Funds?.RatePercent;
        var fundsScore = f?.Score?.Value ?? sheet?.Funds?.Score;
        var byPath = sheet?.Indicators.ToDictionary(i => i.YamlPath, StringComparer.Ordinal) ?? [];
        var total = model.SelfEvaluation?.TotalScore?.Value ?? sheet?.Total;
        return new SelfEvaluationFigures(
            rate is { } r ? Numbers.Percent(r) : "",
            (sheet?.Funds?.Weight ?? sheet?.Profile?.FundsWeight) is { } w ? Numbers.Score(w) : "",
            fundsScore is { } s ? Numbers.Score(s) : "",
            i => (i.Score?.Value ?? byPath.GetValueOrDefault(i.Path)?.Score) is { } sc ? Numbers.Score(sc) : "",
            total is { } t ? Numbers.Score(t) : "");
    }
}
