using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Rendering;
using PerfReport.Scoring;

namespace PerfReport;

/// <summary>An attached table written as a document of its own.</summary>
/// <param name="Name">The file-name stem, such as "附表1-基础数据表".</param>
/// <param name="Docx">The .docx bytes.</param>
public sealed record ReportAttachment(string Name, byte[] Docx);

/// <summary>What one run over one file produced: its diagnostics, sorted, and the model when the file could be read.</summary>
public sealed class CompilationResult
{
    internal CompilationResult(
        IReadOnlyList<Diagnostic> diagnostics,
        Evaluation? model,
        ScoreSheet? scoreSheet = null,
        byte[]? docx = null,
        IReadOnlyList<ReportAttachment>? attachments = null,
        string? markdown = null,
        IReadOnlyList<Diagnostic>? suppressed = null)
    {
        Suppressed = suppressed ?? [];
        Diagnostics = diagnostics;
        Model = model;
        ScoreSheet = scoreSheet;
        Docx = docx;
        Attachments = attachments ?? [];
        Markdown = markdown;
    }

    /// <summary>
    /// The whole report as GitHub-flavoured Markdown (tables as GFM tables, merged cells repeated), when a build with
    /// <see cref="CompilationOptions.Markdown"/> had no errors. Made from the same blocks as <see cref="Docx"/>.
    /// </summary>
    public string? Markdown { get; }

    /// <summary>The attached tables as documents of their own (only with <see cref="CompilationOptions.Split"/>).</summary>
    public IReadOnlyList<ReportAttachment> Attachments { get; }

    /// <summary>The report as .docx bytes, when a build was asked for and there were no errors.</summary>
    public byte[]? Docx { get; }

    /// <summary>Every diagnostic, sorted by line, column and code.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The warnings a suppression in the file silenced (each with <see cref="Diagnostic.SuppressionReason"/>), sorted;
    /// they are not in <see cref="Diagnostics"/> and count for nothing.
    /// </summary>
    public IReadOnlyList<Diagnostic> Suppressed { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>True when the file was read into a model (however many of its figures are wrong).</summary>
    public bool HasModel => Model is not null;

    /// <summary>The report's year (<c>year</c>), when it has one.</summary>
    public int? Year => Model?.Year?.Value;

    internal Evaluation? Model { get; }

    /// <summary>Validation's clean render of the templates, which a build takes instead of rendering them again (<see cref="ReportTexts"/>).</summary>
    internal ReportTexts? Rendered { get; init; }

    /// <summary>The 自评表 scored by the report's profile; null when the file could not be read or has no 自评表.</summary>
    public ScoreSheet? ScoreSheet { get; }
}
