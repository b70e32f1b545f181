using PerfReport.Text;

namespace PerfReport.Model;

/// <summary>What a table cell holds.</summary>
internal enum CellState
{
    /// <summary>Not filled in (printed blank).</summary>
    Blank,

    /// <summary>A figure.</summary>
    Value,

    /// <summary>Not applicable, written "——".</summary>
    NotApplicable,
}

/// <summary>A table cell: a figure, blank, or not applicable; the three are kept distinct.</summary>
internal sealed record Cell(CellState State, decimal? Value, SourceSpan Span, string Path)
{
    public static Cell Blank(SourceSpan span, string path) => new(CellState.Blank, null, span, path);

    public bool HasValue => State == CellState.Value;

    /// <summary>The figure as a located value, or null when the cell holds none.</summary>
    public Located<decimal>? AsLocated => Value is { } v ? new Located<decimal>(v, Span, Path) : null;
}
