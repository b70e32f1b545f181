namespace PerfReport.Rendering.Docx;

/// <summary>
/// A table: column widths, rows of cells with merges, header rows repeated on every page, font size and an
/// optional title centred above it. Rows hold together on one page (w:cantSplit) unless marked as free text, and every
/// cell is centred vertically.
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
    string? Title = null)
{
    /// <summary>
    /// Set when the table is laid out page by page (see <see cref="TablePages"/>): these rows start every continuation
    /// page, and a merged label cut by a page break is printed again on the new page followed by
    /// <see cref="PageBreaks.ContinuedSuffix"/>.
    /// </summary>
    public PageBreaks? Pages { get; init; }

    /// <summary>Lines printed under the table (Table Text, left), kept on the page of its last rows.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>How a table continues on a new page.</summary>
/// <param name="RepeatFrom">The first row that heads every continuation page.</param>
/// <param name="RepeatCount">How many rows from <paramref name="RepeatFrom"/> do.</param>
/// <param name="ContinuedSuffix">Added to a merged label printed again on a continuation page, e.g. "（续）".</param>
internal sealed record PageBreaks(int RepeatFrom, int RepeatCount, string ContinuedSuffix);
