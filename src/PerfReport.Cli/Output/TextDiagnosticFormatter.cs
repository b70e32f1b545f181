using PerfReport.Diagnostics;

namespace PerfReport.Cli.Output;

/// <summary>The MSBuild form editors and CI problem matchers parse: <c>path(line,col): error PR1003: message</c>, on stderr.</summary>
internal sealed class TextDiagnosticFormatter : IDiagnosticFormatter
{
    public void Write(DiagnosticReport report, TextWriter output, CliContext context)
    {
        foreach (var d in report.Diagnostics) context.Error.WriteLine(Format(d));
        context.Error.WriteLine(Summary(report));
    }

    public static string Format(Diagnostic d) =>
        $"{TerminalText.Escape(d.FilePath)}({d.Span.Line},{d.Span.Column}): {SeverityName(d.Severity)} {d.Id}: {TerminalText.Safe(d.Message)}";

    public static string SeverityName(Severity severity) => severity == Severity.Error ? "error" : "warning";

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        return $"perfreport: {errors} 个错误，{diagnostics.Count - errors} 个警告";
    }

    /// <summary>The count of live findings; suppressed ones only as a note after it, never in the count.</summary>
    public static string Summary(DiagnosticReport report)
    {
        var summary = Summary(report.Diagnostics);
        if (report.Failures.Count > 0) summary += $"，{report.Failures.Count} 个输入无法检查";
        return report.Suppressed.Count == 0 ? summary : $"{summary}（另有 {report.Suppressed.Count} 条已抑制）";
    }
}
