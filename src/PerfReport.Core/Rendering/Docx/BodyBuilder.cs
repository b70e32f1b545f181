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
                    Add(ParagraphWriter.Write(StyleId(p.StyleName), p.Runs, p.Alignment, p.PageBreakBefore || TakeBreak()));
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
            Add(ParagraphWriter.Write(StyleId(StyleNames.TableTitle), [new TextRun(title)], null, TakeBreak()));
        }
        else if (_pendingPageBreak)
        {
            // A table row cannot carry a page break.
            Add(Spacer(TakeBreak()));
        }
        else if (_body.LastChild is Table)
        {
            // Two adjacent tables would merge into one; a 1 pt paragraph keeps them apart without a visible gap.
            Add(Joiner());
        }

        string style = table.FontSize == TableFontSize.Xiaowu ? StyleNames.TableTextSmall : StyleNames.TableText;
        Add(TableWriter.Write(table, SectionLayout.TextWidth(_section), StyleId(style)));
    }

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
    }

    /// <summary>A small empty paragraph (Table Text Small) used around tables and for breaks.</summary>
    private Paragraph Spacer(bool pageBreakBefore) =>
        ParagraphWriter.Write(StyleId(StyleNames.TableTextSmall), [], null, pageBreakBefore);

    /// <summary>An empty paragraph 1 pt high, off the document grid, between two tables meant to read as one form.</summary>
    private Paragraph Joiner()
    {
        var p = Spacer(pageBreakBefore: false);
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
