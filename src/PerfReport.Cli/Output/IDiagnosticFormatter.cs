namespace PerfReport.Cli.Output;

/// <summary>Writes the diagnostics of a run in one output format.</summary>
internal interface IDiagnosticFormatter
{
    /// <summary>
    /// Writes them (already sorted, from all files) and the summary, if the format has one. Data formats (json, sarif)
    /// write their document to <paramref name="output"/> (stdout or the <c>--output-file</c>); text goes to stderr.
    /// </summary>
    void Write(DiagnosticReport report, TextWriter output, CliContext context);
}
