using PerfReport.Diagnostics;

namespace PerfReport.Cli.Output;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=PR2104::…</c>) on stdout.</summary>
internal sealed class GitHubDiagnosticFormatter : IDiagnosticFormatter
{
    public void Write(DiagnosticReport report, TextWriter output, CliContext context)
    {
        foreach (var d in report.Diagnostics)
        {
            var command = d.Severity == Severity.Error ? "error" : "warning";
            context.Out.WriteLine(
                $"::{command} file={Property(TerminalText.Escape(PathForTools.Relative(d.FilePath, context)))},line={d.Span.Line},col={d.Span.Column}," +
                $"endLine={d.Span.EndLine},endColumn={d.Span.EndColumn},title={Property(d.Id)}::{Data(TerminalText.Safe(d.Message))}");
        }

        context.Error.WriteLine(TextDiagnosticFormatter.Summary(report));
    }

    /// <summary>Escapes a message as the runner unescapes it.</summary>
    public static string Data(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value (also ':' and ',').</summary>
    public static string Property(string s) =>
        Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
