using System.Globalization;
using System.Text;
using System.Xml;

namespace PerfReport.Rendering.Docx;

/// <summary>
/// Writes word/document.xml from a <see cref="BodyPlan"/> with an <see cref="XmlWriter"/>, element by element,
/// in the bytes the OpenXML SDK's object model saved before (a test keeps that path as the oracle): the same
/// prefixes, element and attribute order, and empty elements written as <c>&lt;w:x /&gt;</c>.
/// </summary>
/// <remarks>
/// Paragraph text: '\n' → w:br, '\t' → w:tab, characters XML 1.0 cannot carry dropped. Tables: fixed layout over a
/// w:tblGrid, single 0.5 pt borders, real merges (w:gridSpan, w:vMerge), cells centred vertically, header rows
/// repeated (w:tblHeader), rows of figures never split across pages (w:cantSplit), rows of free text allowed to.
/// </remarks>
internal static class BodyXmlWriter
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>The whole part: the XML declaration, w:document and its w:body.</summary>
    public static void Write(Stream output, BodyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(plan);
        using var xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("w", "document", W);
        xml.WriteAttributeString("xmlns", "w", null, W);
        xml.WriteAttributeString("xmlns", "r", null, R);
        xml.WriteStartElement("w", "body", W);
        var text = new StringBuilder();
        foreach (var item in plan.Items)
        {
            switch (item)
            {
                case BodyParagraph p:
                    Paragraph(xml, p.StyleId, p.Runs, p.Alignment, p.PageBreakBefore, p.KeepNext, p.Joiner, p.Section, text);
                    break;
                case BodyTable t:
                    Table(xml, t, text);
                    break;
                default:
                    throw new ArgumentException("Unknown body item " + item.GetType().Name + ".", nameof(plan));
            }
        }

        xml.WriteRaw(plan.FinalSection.Xml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Paragraph(
        XmlWriter xml, string? styleId, IReadOnlyList<TextRun> runs, TextAlignment? alignment,
        bool pageBreakBefore, bool keepNext, bool joiner, SectionFormat? section, StringBuilder text)
    {
        xml.WriteStartElement("w", "p", W);
        if (styleId is not null || keepNext || pageBreakBefore || joiner || alignment is not null || section is not null)
        {
            // w:pPr's children in the schema's order.
            xml.WriteStartElement("w", "pPr", W);
            if (styleId is not null) Value(xml, "pStyle", styleId);
            if (keepNext) Empty(xml, "keepNext");
            if (pageBreakBefore) Empty(xml, "pageBreakBefore");
            if (joiner)
            {
                Value(xml, "snapToGrid", "false");
                Element(xml, "spacing", ("before", "0"), ("after", "0"), ("line", "20"), ("lineRule", "exact"));
            }

            if (alignment is { } a) Value(xml, "jc", Justify(a));
            if (joiner)
            {
                xml.WriteStartElement("w", "rPr", W);
                Value(xml, "sz", "2");
                Value(xml, "szCs", "2");
                xml.WriteEndElement();
            }

            if (section is not null) xml.WriteRaw(section.Xml);
            xml.WriteEndElement();
        }

        foreach (var run in runs) Run(xml, run, text);
        xml.WriteEndElement();
    }

    private static void Run(XmlWriter xml, TextRun run, StringBuilder piece)
    {
        xml.WriteStartElement("w", "r", W);
        if (run.Bold)
        {
            xml.WriteStartElement("w", "rPr", W);
            Empty(xml, "b");
            Empty(xml, "bCs");
            xml.WriteEndElement();
        }

        string text = run.Text;
        piece.Clear();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                // "\r\n" and a lone "\r" are line ends.
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                c = '\n';
            }

            if (c is '\n' or '\t')
            {
                Flush(xml, piece);
                Empty(xml, c == '\n' ? "br" : "tab");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                piece.Append(c).Append(text[++i]);
            }
            else if (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF')
            {
                piece.Append(c);
            }
        }

        Flush(xml, piece);
        xml.WriteEndElement();
    }

    private static void Flush(XmlWriter xml, StringBuilder piece)
    {
        if (piece.Length == 0) return;
        xml.WriteStartElement("w", "t", W);
        xml.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
        xml.WriteString(piece.ToString());
        xml.WriteEndElement();
        piece.Clear();
    }

    private static void Table(XmlWriter xml, BodyTable table, StringBuilder text)
    {
        var spec = table.Table;
        var widths = table.Widths;
        xml.WriteStartElement("w", "tbl", W);
        xml.WriteStartElement("w", "tblPr", W);
        Width(xml, "tblW", Twips(widths.Sum()));
        Value(xml, "jc", "center");
        xml.WriteStartElement("w", "tblBorders", W);
        foreach (var edge in BorderEdges) Border(xml, edge);
        xml.WriteEndElement();
        Element(xml, "tblLayout", ("type", "fixed"));

        // 1 mm left and right: forms of many narrow columns need the room more than the air.
        xml.WriteStartElement("w", "tblCellMar", W);
        Width(xml, "top", "0");
        Width(xml, "left", "57");
        Width(xml, "bottom", "0");
        Width(xml, "right", "57");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("w", "tblGrid", W);
        foreach (int width in widths) Element(xml, "gridCol", ("w", Twips(width)));

        xml.WriteEndElement();

        for (int r = 0; r < spec.Rows.Count; r++)
        {
            var row = spec.Rows[r];
            xml.WriteStartElement("w", "tr", W);
            bool header = r < spec.HeaderRowCount;
            if (!row.MaySplit || header)
            {
                xml.WriteStartElement("w", "trPr", W);
                if (!row.MaySplit) Empty(xml, "cantSplit");
                if (header) Empty(xml, "tblHeader");
                xml.WriteEndElement();
            }

            int column = 0;
            foreach (var cell in row.Cells)
            {
                int width = 0;
                for (int c = column; c < column + cell.ColumnSpan && c < widths.Count; c++) width += widths[c];
                Cell(xml, cell, width, table.CellStyleId, row.KeepWithNext, text);
                column += cell.ColumnSpan;
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Cell(XmlWriter xml, TableCellSpec cell, int width, string? styleId, bool keepWithNext, StringBuilder text)
    {
        xml.WriteStartElement("w", "tc", W);
        xml.WriteStartElement("w", "tcPr", W);
        Width(xml, "tcW", Twips(width));
        if (cell.ColumnSpan > 1) Value(xml, "gridSpan", Twips(cell.ColumnSpan));
        if (cell.Merge == VerticalMerge.Restart) Value(xml, "vMerge", "restart");
        else if (cell.Merge == VerticalMerge.Continue) Empty(xml, "vMerge");
        Value(xml, "vAlign", "center");
        xml.WriteEndElement();

        // A continuation cell still needs its (empty) paragraph.
        IReadOnlyList<TextRun> runs = cell.Merge == VerticalMerge.Continue || cell.Text.Length == 0 ? [] : [new TextRun(cell.Text, cell.Bold)];
        Paragraph(xml, styleId, runs, cell.Alignment, pageBreakBefore: false, keepWithNext, joiner: false, section: null, text);
        xml.WriteEndElement();
    }

    private static readonly string[] BorderEdges = ["top", "left", "bottom", "right", "insideH", "insideV"];

    private static void Border(XmlWriter xml, string edge) =>
        Element(xml, edge, ("val", "single"), ("color", "000000"), ("sz", "4"), ("space", "0"));

    private static void Width(XmlWriter xml, string name, string twips) => Element(xml, name, ("w", twips), ("type", "dxa"));

    private static void Value(XmlWriter xml, string name, string value) => Element(xml, name, ("val", value));

    private static void Empty(XmlWriter xml, string name) => Element(xml, name);

    /// <summary>An empty w: element with w: attributes in the order given (the schema's).</summary>
    private static void Element(XmlWriter xml, string name, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        xml.WriteStartElement("w", name, W);
        foreach (var (attribute, value) in attributes) xml.WriteAttributeString("w", attribute, W, value);
        xml.WriteEndElement();
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The w:jc value for an alignment.</summary>
    private static string Justify(TextAlignment alignment) => alignment switch
    {
        TextAlignment.Center => "center",
        TextAlignment.Right => "right",
        TextAlignment.Justify => "both",
        _ => "left",
    };
}
