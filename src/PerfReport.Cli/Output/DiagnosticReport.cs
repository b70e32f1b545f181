using PerfReport.Diagnostics;

namespace PerfReport.Cli.Output;

/// <summary>An input the run could not check (missing, a folder, unreadable, or the tool failed on it), with why in Chinese.</summary>
/// <param name="Path">The argument as given.</param>
/// <param name="Message">Why, in Chinese (the sentence also printed on stderr).</param>
internal sealed record InputFailure(string Path, string Message);

/// <summary>What the formatters print: the live findings, the suppressed ones and the inputs that could not be checked.</summary>
/// <param name="Diagnostics">Live findings of all files, sorted; they count and set the exit code.</param>
/// <param name="Suppressed">Findings silenced by a suppression with a reason, sorted; they count for nothing.</param>
/// <param name="Failures">Inputs not checked at all; a run with any is not a clean run, whatever the findings.</param>
internal sealed record DiagnosticReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> Suppressed, IReadOnlyList<InputFailure> Failures)
{
    public static DiagnosticReport Of(IReadOnlyList<Diagnostic> diagnostics) => new(diagnostics, [], []);
}
