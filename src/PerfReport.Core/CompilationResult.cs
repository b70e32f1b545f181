using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Scoring;

namespace PerfReport;

/// <summary>What one run over one file produced: its diagnostics, sorted, and the model when the file could be read.</summary>
public sealed class CompilationResult
{
    internal CompilationResult(IReadOnlyList<Diagnostic> diagnostics, Evaluation? model, ScoreSheet? scoreSheet = null)
    {
        Diagnostics = diagnostics;
        Model = model;
        ScoreSheet = scoreSheet;
    }

    /// <summary>Every diagnostic, sorted by line, column and code.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    internal Evaluation? Model { get; }

    /// <summary>The 自评表 scored by the report's profile; null when the file could not be read or has no 自评表.</summary>
    public ScoreSheet? ScoreSheet { get; }
}
