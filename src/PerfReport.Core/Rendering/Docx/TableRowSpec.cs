namespace PerfReport.Rendering.Docx;

/// <summary>One table row: its cells left to right, one per grid column or merged group of columns.</summary>
internal sealed record TableRowSpec(IReadOnlyList<TableCellSpec> Cells)
{
    /// <summary>A row of plain cells with the given alignment.</summary>
    public static TableRowSpec Of(TextAlignment alignment, params string[] texts) =>
        new([.. texts.Select(t => new TableCellSpec(t, Alignment: alignment))]);
}
