using PerfReport.Diagnostics;

namespace PerfReport.Cli.Output;

/// <summary>The MSBuild form editors and CI problem matchers parse: <c>path(line,col): error PR1003: message</c>, on stderr.</summary>
internal sealed class TextDiagnosticFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, CliContext context)
    {
        foreach (var d in diagnostics) context.Error.WriteLine(Format(d));
        context.Error.WriteLine(Summary(diagnostics));
    }

    public static string Format(Diagnostic d) =>
        $"{TerminalText.Escape(d.FilePath)}({d.Span.Line},{d.Span.Column}): {SeverityName(d.Severity)} {d.Id}: {TerminalText.Safe(d.Message)}";

    public static string SeverityName(Severity severity) => severity == Severity.Error ? "error" : "warning";

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        return $"perfreport: {errors} 个错误，{diagnostics.Count - errors} 个警告";
    }
}
