using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Rendering.Docx;
using TextAlignment = PerfReport.Rendering.Docx.TextAlignment;
using TextRun = PerfReport.Rendering.Docx.TextRun;
using VerticalMerge = PerfReport.Rendering.Docx.VerticalMerge;

namespace PerfReport.Tests.Rendering.Docx;

/// <summary>
/// The body as the writer built it before it wrote XML itself: through the OpenXML SDK's object model (the code of
/// ParagraphWriter and TableWriter as of 2026-12-04). Kept as the oracle that <see cref="BodyXmlWriter"/> must equal
/// byte for byte; both read the same <see cref="BodyPlan"/>.
/// </summary>
internal static class SdkBodyWriter
{
    public static Body Body(BodyPlan plan)
    {
        var body = new Body();
        foreach (var item in plan.Items)
        {
            switch (item)
            {
                case BodyParagraph p:
                    var paragraph = Paragraph(p.StyleId, p.Runs, p.Alignment, p.PageBreakBefore);
                    if (p.KeepNext) (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
                    if (p.Joiner)
                    {
                        var pPr = paragraph.ParagraphProperties ??= new ParagraphProperties();
                        pPr.SnapToGrid = new SnapToGrid { Val = false };
                        pPr.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact };
                        pPr.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" });
                    }

                    if (p.Section is { } section) (paragraph.ParagraphProperties ??= new ParagraphProperties()).SectionProperties = section.Clone();
                    body.Append(paragraph);
                    break;
                case BodyTable t:
                    body.Append(Table(t.Table, t.Widths, t.CellStyleId));
                    break;
                default:
                    throw new ArgumentException(item.GetType().Name, nameof(plan));
            }
        }

        body.Append(plan.FinalSection.Clone());
        return body;
    }

    /// <summary>The table with the given column widths (twips).</summary>
    private static Table Table(TableSpec spec, IReadOnlyList<int> widths, string? cellStyleId)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                CellMargins()),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        for (int r = 0; r < spec.Rows.Count; r++)
        {
            var rowProperties = spec.Rows[r].MaySplit ? new TableRowProperties() : new TableRowProperties(new CantSplit());
            if (r < spec.HeaderRowCount)
            {
                rowProperties.Append(new TableHeader());
            }

            var row = rowProperties.HasChildren ? new TableRow(rowProperties) : new TableRow();
            int column = 0;
            foreach (var cell in spec.Rows[r].Cells)
            {
                int width = widths.Skip(column).Take(cell.ColumnSpan).Sum();
                row.Append(Cell(cell, width, cellStyleId, spec.Rows[r].KeepWithNext));
                column += cell.ColumnSpan;
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>1 mm left and right: forms of many narrow columns need the room more than the air.</summary>
    private static TableCellMarginDefault CellMargins() => new(
        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa });

    private static TableCell Cell(TableCellSpec cell, int width, string? styleId, bool keepWithNext)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            GridSpan = cell.ColumnSpan > 1 ? new GridSpan { Val = cell.ColumnSpan } : null,
            VerticalMerge = cell.Merge switch
            {
                VerticalMerge.Restart => new DocumentFormat.OpenXml.Wordprocessing.VerticalMerge { Val = MergedCellValues.Restart },
                VerticalMerge.Continue => new DocumentFormat.OpenXml.Wordprocessing.VerticalMerge(),
                _ => null,
            },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };

        // A continuation cell still needs its (empty) paragraph.
        IEnumerable<TextRun> runs = cell.Merge == VerticalMerge.Continue || cell.Text.Length == 0 ? [] : [new TextRun(cell.Text, cell.Bold)];
        var paragraph = Paragraph(styleId, runs, cell.Alignment, pageBreakBefore: false);
        if (keepWithNext) (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        return new TableCell(properties, paragraph);
    }

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" });

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A paragraph in the given style (null: Normal) with optional direct alignment and page break.</summary>
    public static Paragraph Paragraph(string? styleId, IEnumerable<TextRun> runs, TextAlignment? alignment, bool pageBreakBefore)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = styleId is null ? null : new ParagraphStyleId { Val = styleId },
            PageBreakBefore = pageBreakBefore ? new PageBreakBefore() : null,
            Justification = alignment is { } a ? new Justification { Val = Justify(a) } : null,
        };
        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }

        foreach (var run in runs)
        {
            paragraph.Append(Run(run));
        }

        return paragraph;
    }

    private static Run Run(TextRun textRun)
    {
        var run = new Run();
        if (textRun.Bold)
        {
            run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
        }

        string text = Clean(textRun.Text);
        var piece = new StringBuilder();
        foreach (char c in text)
        {
            if (c is '\n' or '\t')
            {
                Flush(run, piece);
                run.Append(c == '\n' ? new Break() : new TabChar());
            }
            else
            {
                piece.Append(c);
            }
        }

        Flush(run, piece);
        return run;
    }

    private static void Flush(Run run, StringBuilder piece)
    {
        if (piece.Length > 0)
        {
            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(piece.ToString()) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
            piece.Clear();
        }
    }

    /// <summary>Normalizes line ends to '\n' and drops characters that XML 1.0 cannot carry.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        string normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        for (int i = 0; i < normalized.Length; i++)
        {
            char c = normalized[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                sb.Append(c).Append(normalized[++i]);
            }
            else if (c is '\t' or '\n' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The w:jc value for an alignment.</summary>
    private static JustificationValues Justify(TextAlignment alignment) => alignment switch
    {
        TextAlignment.Center => JustificationValues.Center,
        TextAlignment.Right => JustificationValues.Right,
        TextAlignment.Justify => JustificationValues.Both,
        _ => JustificationValues.Left,
    };
}
