using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport;

/// <summary>What one run over one file produced: its diagnostics, sorted, and the model when the file could be read.</summary>
public sealed class CompilationResult
{
    internal CompilationResult(IReadOnlyList<Diagnostic> diagnostics, Evaluation? model)
    {
        Diagnostics = diagnostics;
        Model = model;
    }

    /// <summary>Every diagnostic, sorted by line, column and code.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    internal Evaluation? Model { get; }
}
