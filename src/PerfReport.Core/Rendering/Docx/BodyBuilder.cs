using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Rendering.Docx;

/// <summary>Builds w:body from the blocks: styles by name, page and section breaks, tables sized to their section.</summary>
internal sealed class BodyBuilder
{
    private readonly ReferenceDocument _reference;
    private readonly IReadOnlyDictionary<string, string> _partIds;
    private readonly Body _body = new();
    private SectionProperties _section;
    private bool _pendingPageBreak;

    /// <summary>Height used on the current page since its page break, when every paragraph on it is of known height.</summary>
    private int? _pageUsed = 0;

    /// <param name="reference">Styles and the section template.</param>
    /// <param name="partIds">Header/footer relationship ids: reference id → id in the new document.</param>
    public BodyBuilder(ReferenceDocument reference, IReadOnlyDictionary<string, string> partIds)
    {
        _reference = reference;
        _partIds = partIds;
        _section = Remap(reference.CloneSection());
    }

    public Body Build(DocumentSpec document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    bool pageBreak = p.PageBreakBefore || TakeBreak();
                    Add(ParagraphWriter.Write(StyleId(p.StyleName), p.Runs, p.Alignment, pageBreak));
                    Used(p.StyleName, pageBreak);
                    break;
                case TableBlock t:
                    AddTable(t.Table);
                    break;
                case PageBreakBlock:
                    _pendingPageBreak = _body.HasChildren;
                    break;
                case SectionBreakBlock s:
                    EndSection(s.Orientation);
                    break;
                default:
                    throw new ArgumentException("Unknown block type " + block.GetType().Name + ".", nameof(document));
            }
        }

        if (_body.LastChild is null or Table)
        {
            Add(Spacer(pageBreakBefore: false));
        }

        _body.Append(_section);
        return _body;
    }

    private void AddTable(TableSpec table)
    {
        if (table.Title is { } title)
        {
            bool pageBreak = TakeBreak();
            Add(ParagraphWriter.Write(StyleId(StyleNames.TableTitle), [new TextRun(title)], null, pageBreak));
            Used(StyleNames.TableTitle, pageBreak);
        }
        else if (_pendingPageBreak)
        {
            // A table row cannot carry a page break.
            Add(Spacer(TakeBreak()));
            _pageUsed = null;
        }
        else if (_body.LastChild is Table)
        {
            // Two adjacent tables would merge into one; a 1 pt paragraph keeps them apart without a visible gap.
            Add(Joiner(pageBreakBefore: false));
        }

        string? style = StyleId(table.FontSize == TableFontSize.Xiaowu ? StyleNames.TableTextSmall : StyleNames.TableText);
        int textWidth = SectionLayout.TextWidth(_section);
        var widths = TableWriter.Widths(table, textWidth);
        if (table.Columns.Flexible is not null) table = ColumnFit.Balanced(table, widths, TablePages.EmTwips(table.FontSize));
        bool hasNotes = table.Notes.Count > 0;
        if (table.Pages is not null && _pageUsed is { } used)
        {
            int page = SectionLayout.TextHeight(_section);
            int notes = TablePages.TextHeight(table.Notes, textWidth, TableFontSize.Wuhao);
            var pages = TablePages.Split(table, widths, page - used, page - JoinerHeight, notes);
            for (int n = 0; n < pages.Count; n++)
            {
                if (n > 0) Add(Joiner(pageBreakBefore: true));
                Add(TableWriter.Write(n == pages.Count - 1 && hasNotes ? KeepLastRow(pages[n]) : pages[n], widths, style));
            }
        }
        else
        {
            Add(TableWriter.Write(hasNotes ? KeepLastRow(table) : table, widths, style));
        }

        // The notes hold together and with the table's last row (w:keepNext), as the page layout planned.
        for (int i = 0; i < table.Notes.Count; i++)
        {
            var note = ParagraphWriter.Write(StyleId(StyleNames.TableText), [new TextRun(table.Notes[i])], TextAlignment.Left, pageBreakBefore: false);
            if (i < table.Notes.Count - 1) (note.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
            Add(note);
        }

        _pageUsed = null;
    }

    private static TableSpec KeepLastRow(TableSpec table) =>
        table with { Rows = [.. table.Rows.Take(table.Rows.Count - 1), table.Rows[^1] with { KeepWithNext = true }] };

    /// <summary>Tracks the height used on the page by paragraphs of known height (the labels and titles above a table).</summary>
    private void Used(string style, bool pageBreak)
    {
        int? height = style switch
        {
            StyleNames.AttachmentLabel => GridLine,
            StyleNames.TableTitle => TableTitleHeight,
            _ => null,
        };
        _pageUsed = pageBreak ? height : _pageUsed + height;
    }

    /// <summary>One line of the reference's document grid (22 lines to the page), in twips.</summary>
    private const int GridLine = 579;

    /// <summary>Table Title: an exact 28 pt line and 8 pt after it.</summary>
    private const int TableTitleHeight = 560 + 160;

    private const int JoinerHeight = 20;

    private void EndSection(PageOrientation next)
    {
        if (_body.LastChild is not Paragraph last || last.ParagraphProperties?.SectionProperties is not null)
        {
            last = Spacer(pageBreakBefore: false);
            Add(last);
        }

        last.ParagraphProperties ??= new ParagraphProperties();
        last.ParagraphProperties.SectionProperties = _section;
        _section = Remap(SectionLayout.WithOrientation(_reference.CloneSection(), next));
        _pendingPageBreak = false;
        _pageUsed = 0;
    }

    /// <summary>A small empty paragraph (Table Text Small) used around tables and for breaks.</summary>
    private Paragraph Spacer(bool pageBreakBefore) =>
        ParagraphWriter.Write(StyleId(StyleNames.TableTextSmall), [], null, pageBreakBefore);

    /// <summary>An empty paragraph 1 pt high, off the document grid, between two tables meant to read as one form.</summary>
    private Paragraph Joiner(bool pageBreakBefore)
    {
        var p = Spacer(pageBreakBefore);
        var pPr = p.ParagraphProperties ??= new ParagraphProperties();
        pPr.SnapToGrid = new SnapToGrid { Val = false };
        pPr.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact };
        pPr.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" });
        return p;
    }

    private bool TakeBreak()
    {
        bool result = _pendingPageBreak;
        _pendingPageBreak = false;
        return result;
    }

    private void Add(DocumentFormat.OpenXml.OpenXmlElement element) => _body.Append(element);

    /// <summary>Unknown names fall back to Normal; callers check names up front with ReferenceDocument.HasStyle.</summary>
    private string? StyleId(string name) => _reference.FindStyleId(name);

    private SectionProperties Remap(SectionProperties section)
    {
        foreach (var reference in section.Elements<HeaderFooterReferenceType>().ToList())
        {
            if (reference.Id?.Value is { } id && _partIds.TryGetValue(id, out string? mapped))
            {
                reference.Id = mapped;
            }
            else
            {
                reference.Remove();
            }
        }

        return section;
    }
}
