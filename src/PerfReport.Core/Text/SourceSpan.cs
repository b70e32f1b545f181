namespace PerfReport.Text;

/// <summary>A range in a source file. Lines and columns are 1-based; the end is exclusive.</summary>
/// <param name="Line">First line.</param>
/// <param name="Column">First column.</param>
/// <param name="EndLine">Line of the end.</param>
/// <param name="EndColumn">Column just past the end.</param>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The start of a file, for problems that concern the whole file.</summary>
    public static SourceSpan FileStart { get; } = new(1, 1, 1, 1);

    /// <summary>A zero-length span at a point.</summary>
    public static SourceSpan At(int line, int column) => new(line, column, line, column);
}
