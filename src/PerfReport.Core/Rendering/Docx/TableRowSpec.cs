namespace PerfReport.Rendering.Docx;

/// <summary>
/// One table row: its cells left to right, one per grid column or merged group of columns. A row that keeps with the
/// next stays on the same page as the row below it (w:keepNext on its paragraphs), so that a group of rows merged under
/// one label is not split away from that label.
/// </summary>
internal sealed record TableRowSpec(IReadOnlyList<TableCellSpec> Cells, bool KeepWithNext = false)
{
    /// <summary>A row of plain cells with the given alignment.</summary>
    public static TableRowSpec Of(TextAlignment alignment, params string[] texts) =>
        new([.. texts.Select(t => new TableCellSpec(t, Alignment: alignment))]);
}
