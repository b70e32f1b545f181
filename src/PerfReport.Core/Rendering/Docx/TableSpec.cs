namespace PerfReport.Rendering.Docx;

/// <summary>
/// A table: column widths, rows of cells with merges, header rows repeated on every page, font size and an
/// optional title centred above it. Every row is kept on one page (w:cantSplit) and every cell is centred vertically.
/// </summary>
/// <param name="Columns">Column widths; relative widths are scaled to fill the text width exactly.</param>
/// <param name="Rows">Rows top to bottom; each row's column spans must add up to the number of columns.</param>
/// <param name="HeaderRowCount">The first N rows repeat at the top of every page (w:tblHeader).</param>
/// <param name="FontSize">五号 (Table Text) or 小五 (Table Text Small).</param>
/// <param name="Title">Optional title paragraph (Table Title style) kept with the table.</param>
internal sealed record TableSpec(
    ColumnWidths Columns,
    IReadOnlyList<TableRowSpec> Rows,
    int HeaderRowCount = 0,
    TableFontSize FontSize = TableFontSize.Wuhao,
    string? Title = null);
