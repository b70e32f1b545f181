namespace PerfReport.Rendering.Docx;

/// <summary>Lays out the body: styles by name, page and section breaks, tables sized to their section and split across pages.</summary>
internal sealed class BodyBuilder
{
    private readonly ReferenceDocument _reference;
    private readonly PackageParts _parts;
    private readonly List<BodyItem> _items = [];
    private SectionFormat _section;
    private bool _pendingPageBreak;

    /// <summary>Height used on the current page since its page break, when every paragraph on it is of known height.</summary>
    private int? _pageUsed = 0;

    /// <param name="reference">Styles and the section template (its header/footer ids as <see cref="ReferenceDocument.FixedParts"/> maps them).</param>
    public BodyBuilder(ReferenceDocument reference)
    {
        _reference = reference;
        _parts = reference.FixedParts;
        _section = _parts.FirstSection;
    }

    public BodyPlan Build(DocumentSpec document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    bool pageBreak = p.PageBreakBefore || TakeBreak();
                    Add(new BodyParagraph(StyleId(p.StyleName), p.Runs, p.Alignment, pageBreak));
                    Used(p.StyleName, pageBreak);
                    break;
                case TableBlock t:
                    AddTable(t.Table);
                    break;
                case PageBreakBlock:
                    _pendingPageBreak = _items.Count > 0;
                    break;
                case SectionBreakBlock s:
                    EndSection(s.Orientation);
                    break;
                default:
                    throw new ArgumentException("Unknown block type " + block.GetType().Name + ".", nameof(document));
            }
        }

        if (_items.Count == 0 || _items[^1] is BodyTable)
        {
            Add(Spacer(pageBreakBefore: false));
        }

        return new BodyPlan(_items, _section);
    }

    private void AddTable(TableSpec table)
    {
        if (table.Title is { } title)
        {
            bool pageBreak = TakeBreak();
            Add(new BodyParagraph(StyleId(StyleNames.TableTitle), [new TextRun(title)], null, pageBreak));
            Used(StyleNames.TableTitle, pageBreak);
        }
        else if (_pendingPageBreak)
        {
            // A table row cannot carry a page break.
            Add(Spacer(TakeBreak()));
            _pageUsed = null;
        }
        else if (_items.Count > 0 && _items[^1] is BodyTable)
        {
            // Two adjacent tables would merge into one; a 1 pt paragraph keeps them apart without a visible gap.
            Add(Joiner(pageBreakBefore: false));
        }

        string? style = StyleId(table.FontSize == TableFontSize.Xiaowu ? StyleNames.TableTextSmall : StyleNames.TableText);
        int textWidth = _section.TextWidth;
        var widths = TableShape.Widths(table, textWidth);
        if (table.Columns.Flexible is not null) table = ColumnFit.Balanced(table, widths, TablePages.EmTwips(table.FontSize));
        bool hasNotes = table.Notes.Count > 0;
        if (table.Pages is not null && _pageUsed is { } used)
        {
            int page = _section.TextHeight;
            int notes = TablePages.TextHeight(table.Notes, textWidth, TableFontSize.Wuhao);
            var pages = TablePages.Split(table, widths, page - used, page - JoinerHeight, notes);
            for (int n = 0; n < pages.Count; n++)
            {
                if (n > 0) Add(Joiner(pageBreakBefore: true));
                Add(Table(n == pages.Count - 1 && hasNotes ? KeepLastRow(pages[n]) : pages[n], widths, style));
            }
        }
        else
        {
            Add(Table(hasNotes ? KeepLastRow(table) : table, widths, style));
        }

        // The notes hold together and with the table's last row (w:keepNext), as the page layout planned.
        for (int i = 0; i < table.Notes.Count; i++)
        {
            Add(new BodyParagraph(StyleId(StyleNames.TableText), [new TextRun(table.Notes[i])], TextAlignment.Left, pageBreakBefore: false)
            {
                KeepNext = i < table.Notes.Count - 1,
            });
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
        if (_items.Count == 0 || _items[^1] is not BodyParagraph { Section: null } last)
        {
            last = Spacer(pageBreakBefore: false);
            Add(last);
        }

        last.Section = _section;
        _section = _parts.Section(next);
        _pendingPageBreak = false;
        _pageUsed = 0;
    }

    /// <summary>A small empty paragraph (Table Text Small) used around tables and for breaks.</summary>
    private BodyParagraph Spacer(bool pageBreakBefore) =>
        new(StyleId(StyleNames.TableTextSmall), [], null, pageBreakBefore);

    /// <summary>An empty paragraph 1 pt high, off the document grid, between two tables meant to read as one form.</summary>
    private BodyParagraph Joiner(bool pageBreakBefore) =>
        new(StyleId(StyleNames.TableTextSmall), [], null, pageBreakBefore) { Joiner = true };

    /// <summary>The table as written; a malformed table is a bug in the caller and throws here.</summary>
    private static BodyTable Table(TableSpec table, IReadOnlyList<int> widths, string? style)
    {
        TableShape.Validate(table);
        return new BodyTable(table, widths, style);
    }

    private bool TakeBreak()
    {
        bool result = _pendingPageBreak;
        _pendingPageBreak = false;
        return result;
    }

    private void Add(BodyItem item) => _items.Add(item);

    /// <summary>Unknown names fall back to Normal; callers check names up front with ReferenceDocument.HasStyle.</summary>
    private string? StyleId(string name) => _reference.FindStyleId(name);
}
