namespace PerfReport.Rendering.Docx;

/// <summary>
/// The body of a document as it will be written: every paragraph and table with its layout decided (styles
/// resolved, page breaks placed, tables split across pages, sections closed). <see cref="BodyBuilder"/> makes it;
/// <see cref="BodyXmlWriter"/> writes it as w:body.
/// </summary>
/// <param name="Items">Paragraphs and tables in reading order.</param>
/// <param name="FinalSection">The last section's properties, written as the body's own w:sectPr.</param>
internal sealed record BodyPlan(IReadOnlyList<BodyItem> Items, SectionFormat FinalSection);

/// <summary>A paragraph or a table of the body.</summary>
internal abstract class BodyItem;

/// <summary>A w:p: style id (null: Normal), runs, direct alignment and the flags its w:pPr carries.</summary>
internal sealed class BodyParagraph(string? styleId, IReadOnlyList<TextRun> runs, TextAlignment? alignment, bool pageBreakBefore) : BodyItem
{
    public string? StyleId { get; } = styleId;

    public IReadOnlyList<TextRun> Runs { get; } = runs;

    public TextAlignment? Alignment { get; } = alignment;

    public bool PageBreakBefore { get; } = pageBreakBefore;

    /// <summary>w:keepNext: stays on the page of the paragraph after it.</summary>
    public bool KeepNext { get; set; }

    /// <summary>1 pt high and off the document grid: the joint between two tables meant to read as one form.</summary>
    public bool Joiner { get; init; }

    /// <summary>Set on the last paragraph of a section that is not the document's last: the section's w:sectPr.</summary>
    public SectionFormat? Section { get; set; }
}

/// <summary>A w:tbl: the rows of <see cref="Table"/> over columns <see cref="Widths"/> twips wide, cells in <see cref="CellStyleId"/>.</summary>
internal sealed class BodyTable(TableSpec table, IReadOnlyList<int> widths, string? cellStyleId) : BodyItem
{
    public TableSpec Table { get; } = table;

    public IReadOnlyList<int> Widths { get; } = widths;

    public string? CellStyleId { get; } = cellStyleId;
}
