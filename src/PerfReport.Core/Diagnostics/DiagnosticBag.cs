using PerfReport.Text;

namespace PerfReport.Diagnostics;

/// <summary>Collects the diagnostics of one file. Append-only.</summary>
/// <param name="filePath">The file path every diagnostic carries.</param>
public sealed class DiagnosticBag(string filePath)
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(string, int, int, string)> _seen = [];

    /// <summary>The file path every diagnostic carries.</summary>
    public string FilePath { get; } = filePath;

    /// <summary>
    /// The file is still being filled in (<c>validate --draft</c>): a required field written with an empty value is
    /// a warning, not an error (<see cref="Binding.MapReader"/>).
    /// </summary>
    internal bool Draft { get; init; }

    /// <summary>How many diagnostics were kept so far (a phase compares it before and after to know whether it reported any).</summary>
    internal int Count => _items.Count;

    /// <summary>True once any error was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Reports a problem; the same code with the same message at the same place is kept once.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, string yamlPath, params object?[] args) =>
        Report(descriptor, descriptor.DefaultSeverity, span, yamlPath, args);

    /// <summary>Reports a problem at a severity other than its code's default (a draft's blank required field).</summary>
    internal void Report(DiagnosticDescriptor descriptor, Severity severity, SourceSpan span, string yamlPath, params object?[] args)
    {
        var message = descriptor.Format(args);
        if (!_seen.Add((descriptor.Id, span.Line, span.Column, message))) return;
        _items.Add(new Diagnostic(descriptor, severity, message, FilePath, span, yamlPath));
        if (severity == Severity.Error) HasErrors = true;
    }

    /// <summary>Adds a diagnostic made elsewhere (for another file, such as a template).</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!_seen.Add((diagnostic.FilePath + "|" + diagnostic.Id, diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.Message))) return;
        _items.Add(diagnostic);
        if (diagnostic.Severity == Severity.Error) HasErrors = true;
    }

    /// <summary>Reports a problem about a located value.</summary>
    public void Report<T>(DiagnosticDescriptor descriptor, Located<T> at, params object?[] args) =>
        Report(descriptor, at.Span, at.Path, args);

    /// <summary>The diagnostics, sorted by line, column and code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var copy = _items.ToList();
        copy.Sort(Diagnostic.Compare);
        return copy;
    }
}
