using PerfReport.Binding;
using PerfReport.Diagnostics;
using PerfReport.Rendering;
using PerfReport.Scoring;
using PerfReport.Suppressions;
using PerfReport.Syntax;
using PerfReport.Text;
using PerfReport.Validation;

namespace PerfReport;

/// <summary>The pipeline, phase by phase. Pure: no console, clock, culture or file system.</summary>
public static class Compilation
{
    /// <summary>Reads and checks one report.</summary>
    public static CompilationResult Validate(SourceText source, CompilationOptions options) =>
        Validate(source, options, RuleCatalog.All);

    /// <summary>Reads and checks one report with the given rules only (rule specs run one rule at a time).</summary>
    internal static CompilationResult Validate(SourceText source, CompilationOptions options, IEnumerable<IValidationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag(source.Path) { Draft = options.Draft };

        // Phase 1: YAML with positions (stops only when there is no tree).
        var syntax = YamlLoader.Load(source, diagnostics);
        if (syntax is null) return new CompilationResult(diagnostics.ToSortedList(), null);

        // Phase 2: bind to the model (error-tolerant: a partial model and PR1xxx).
        var model = Binder.Bind(syntax, diagnostics);

        // Phase 2b: score the 自评表 by its profile, once; runs on any model that binds, even with wrong sums.
        ScoreSheet? sheet = null;
        try
        {
            sheet = Scorer.Score(model, options);
        }
        catch (ArithmeticException)
        {
            diagnostics.Report(DiagnosticDescriptors.Overflow, model.SelfEvaluation?.Funds?.FullYearBudget?.Span ?? SourceSpan.FileStart, "self_evaluation", "自评表得分");
        }

        // Phase 3: is the report complete? What the templates print (scores included) and the file lacks (PR1013–PR1015).
        ReportTexts? rendered = null;
        try
        {
            rendered = Completeness.Check(syntax, model, sheet, options, diagnostics);
        }
        catch (OverflowException)
        {
            diagnostics.Report(DiagnosticDescriptors.Overflow, SourceSpan.FileStart, "", "检查报告是否完整");
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException or FormatException)
        {
            diagnostics.Report(DiagnosticDescriptors.InternalError, SourceSpan.FileStart, "", "检查报告是否完整", $"{e.GetType().Name}: {e.Message}");
        }

        // Phase 4: validate: every rule runs, none depends on another; scoring rules read the sheet.
        Validator.Run(rules, model, options, diagnostics, sheet);

        // Phase 5: the warnings the department accepted, with a reason (PR1030, PR1031 for suppressions that do not work).
        var (active, suppressed) = Suppressor.Apply(source, model, diagnostics);
        return new CompilationResult(active, model, sheet, suppressed: suppressed) { Rendered = rendered };
    }

    /// <summary>Checks one report and, when it has no errors, writes it as .docx (<see cref="CompilationResult.Docx"/>) and, when asked, as Markdown.</summary>
    public static CompilationResult Build(SourceText source, CompilationOptions options)
    {
        var checkedResult = Validate(source, options);
        if (checkedResult.HasErrors || checkedResult.Model is not { } model) return checkedResult;
        var diagnostics = new DiagnosticBag(source.Path);
        foreach (var d in checkedResult.Diagnostics) diagnostics.Add(d);

        // Phase 6: templates and tables, then the docx from the reference document.
        (byte[] Docx, IReadOnlyList<ReportAttachment> Attachments, string? Markdown)? built = null;
        try
        {
            built = ReportBuilder.Build(model, checkedResult.ScoreSheet, options, diagnostics, checkedResult.Rendered);
        }
        catch (OverflowException)
        {
            diagnostics.Report(DiagnosticDescriptors.Overflow, SourceSpan.FileStart, "", "生成报告");
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException or FormatException)
        {
            diagnostics.Report(DiagnosticDescriptors.InternalError, SourceSpan.FileStart, "", "生成报告", $"{e.GetType().Name}: {e.Message}");
        }
        return diagnostics.HasErrors || built is not { } b
            ? new CompilationResult(diagnostics.ToSortedList(), model, checkedResult.ScoreSheet, suppressed: checkedResult.Suppressed)
            : new CompilationResult(diagnostics.ToSortedList(), model, checkedResult.ScoreSheet, b.Docx, b.Attachments, b.Markdown, checkedResult.Suppressed);
    }

    /// <summary>Decodes a file's bytes and builds it; bytes that are not UTF-8 give PR0008.</summary>
    public static CompilationResult Build(string path, ReadOnlySpan<byte> bytes, CompilationOptions options) =>
        Decode(path, bytes) is { } source ? Build(source, options) : Validate(path, bytes, options);

    private static SourceText? Decode(string path, ReadOnlySpan<byte> bytes) =>
        bytes.Length > MaxInputBytes ? null : SourceText.FromUtf8(path, bytes);

    /// <summary>Decodes a file's bytes and checks it; bytes that are not UTF-8 give PR0008.</summary>
    public static CompilationResult Validate(string path, ReadOnlySpan<byte> bytes, CompilationOptions options)
    {
        var bag = new DiagnosticBag(path);
        if (bytes.Length > MaxInputBytes)
            bag.Report(DiagnosticDescriptors.FileTooLarge, SourceSpan.FileStart, "", MaxInputBytes);
        else if (SourceText.FromUtf8(path, bytes) is { } source)
            return Validate(source, options);
        else
            bag.Report(DiagnosticDescriptors.NotUtf8, SourceSpan.FileStart, "");
        return new CompilationResult(bag.ToSortedList(), null);
    }

    /// <summary>
    /// Reads last year's report for <c>validate --previous</c>: the options to check this year's file with, and the
    /// diagnostics of last year's file. When it has errors that leave no model (YAML syntax, not UTF-8), the options
    /// are returned unchanged and the caller reports the errors.
    /// </summary>
    public static (CompilationOptions Options, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics, int? Year) ReadPrevious(string path, ReadOnlySpan<byte> bytes, CompilationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = Validate(path, bytes, options with { Draft = true, Previous = null });
        return result.Model is { } model
            ? (options with { Previous = model }, result.Diagnostics, model.Year?.Value)
            : (options, result.Diagnostics, null);
    }

    /// <summary>The options <paramref name="options"/> with last year's report taken from <paramref name="withPrevious"/> (made by <see cref="ReadPrevious"/>).</summary>
    public static CompilationOptions WithPrevious(CompilationOptions options, CompilationOptions withPrevious)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(withPrevious);
        return options with { Previous = withPrevious.Previous };
    }

    /// <summary>True when the options carry last year's report.</summary>
    public static bool HasPrevious(CompilationOptions options) => options?.Previous is not null;

    /// <summary>The largest input read, in bytes; a caller reading a file need not read more than one byte past it.</summary>
    public const int MaxInputBytes = YamlLoader.MaxChars;
}
