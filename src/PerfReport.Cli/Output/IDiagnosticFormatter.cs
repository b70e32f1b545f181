using PerfReport.Diagnostics;

namespace PerfReport.Cli.Output;

/// <summary>Writes the diagnostics of a run in one output format.</summary>
internal interface IDiagnosticFormatter
{
    /// <summary>Writes them (already sorted, from all files) and the summary, if the format has one.</summary>
    void Write(IReadOnlyList<Diagnostic> diagnostics, CliContext context);
}
