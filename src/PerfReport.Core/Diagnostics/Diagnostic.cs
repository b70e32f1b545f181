using PerfReport.Text;

namespace PerfReport.Diagnostics;

/// <summary>One problem found in one file.</summary>
/// <param name="Descriptor">What kind of problem.</param>
/// <param name="Severity">Its severity (the descriptor's, unless promoted).</param>
/// <param name="Message">The Chinese message.</param>
/// <param name="FilePath">The file, as printed.</param>
/// <param name="Span">Where in the file.</param>
/// <param name="YamlPath">The YAML path of the value at fault, or empty.</param>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    Severity Severity,
    string Message,
    string FilePath,
    SourceSpan Span,
    string YamlPath)
{
    /// <summary>Why the department accepted this finding, when a suppression silenced it; null for a live finding.</summary>
    public string? SuppressionReason { get; init; }

    /// <summary>True when a suppression silenced this finding (it counts for nothing: not in totals, not in the exit code).</summary>
    public bool IsSuppressed => SuppressionReason is not null;

    /// <summary>The stable code.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Orders by file, line, column, then code (the order diagnostics are printed in).</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.FilePath, b.FilePath);
        if (c == 0) c = a.Span.Line.CompareTo(b.Span.Line);
        if (c == 0) c = a.Span.Column.CompareTo(b.Span.Column);
        if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
        return c == 0 ? string.CompareOrdinal(a.Message, b.Message) : c;
    }
}
