namespace PerfReport.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Doubtful, but the report can still be written.</summary>
    Warning,

    /// <summary>The input contradicts itself or cannot be read; nothing is written.</summary>
    Error,
}
