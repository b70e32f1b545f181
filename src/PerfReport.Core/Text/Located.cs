namespace PerfReport.Text;

/// <summary>A value read from the input, with where it stood.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it was written.</param>
/// <param name="Path">Its YAML path, such as <c>income.sources[0].amount</c>.</param>
public sealed record Located<T>(T Value, SourceSpan Span, string Path)
{
    /// <summary>For text written as a literal block (<c>|</c>), the indentation of its lines in spaces; 0 otherwise.</summary>
    public int BlockIndent { get; init; }
}
