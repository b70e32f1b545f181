namespace PerfReport.Rendering.Docx;

/// <summary>
/// One table row: its cells left to right, one per grid column or merged group of columns. A row that keeps with the
/// next stays on the same page as the row below it (w:keepNext on its paragraphs, and the page layout never breaks
/// after it). A row of free text (goals, explanations) may split across pages; a row of figures never does.
/// </summary>
internal sealed record TableRowSpec(IReadOnlyList<TableCellSpec> Cells, bool KeepWithNext = false, bool MaySplit = false)
{
    /// <summary>A row of plain cells with the given alignment.</summary>
    public static TableRowSpec Of(TextAlignment alignment, params string[] texts) =>
        new([.. texts.Select(t => new TableCellSpec(t, Alignment: alignment))]);
}
