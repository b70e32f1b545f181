namespace PerfReport.Rendering.Docx;

/// <summary>One table cell.</summary>
/// <param name="Text">Cell text; '\n' becomes a line break. Ignored for a <see cref="VerticalMerge.Continue"/> cell.</param>
/// <param name="ColumnSpan">Number of grid columns this cell covers (w:gridSpan).</param>
/// <param name="Merge">Vertical merge: a Continue cell extends the cell above it (same grid column and span).</param>
/// <param name="Alignment">Horizontal alignment of the text; cells are always centred vertically.</param>
/// <param name="Bold">Bold text.</param>
internal sealed record TableCellSpec(
    string Text,
    int ColumnSpan = 1,
    VerticalMerge Merge = VerticalMerge.None,
    TextAlignment Alignment = TextAlignment.Center,
    bool Bold = false)
{
    /// <summary>The continuation of a vertically merged cell above.</summary>
    public static TableCellSpec Continue(int columnSpan = 1) => new(string.Empty, columnSpan, VerticalMerge.Continue);
}
