using System.Globalization;
using System.Text;
using System.Xml;
using PerfReport.Rendering.Docx;
using PerfReport.Text;

namespace PerfReport.Summary;

/// <summary>How a cell looks: its number format (General, 0, 0.00, 0.00%) and whether it is bold.</summary>
internal enum XlsxStyle
{
    Text = 0,
    Header = 1,
    Integer = 2,
    Decimal2 = 3,
    Percent2 = 4,
    TotalText = 5,
    TotalInteger = 6,
    TotalDecimal2 = 7,
    TotalPercent2 = 8,
}

/// <summary>One cell: text, or a number (with an optional formula whose value it caches).</summary>
internal readonly record struct XlsxCell(string? Text, decimal? Number, string? Formula, XlsxStyle Style)
{
    public static XlsxCell Of(string text, XlsxStyle style = XlsxStyle.Text) => new(text, null, null, style);

    public static XlsxCell? Of(decimal? number, XlsxStyle style) => number is { } n ? new XlsxCell(null, n, null, style) : null;

    public static XlsxCell Sum(string formula, decimal value, XlsxStyle style) => new(null, value, formula, style);
}

/// <summary>A worksheet: a header row (frozen) and the rows under it; a null cell is left empty.</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<XlsxCell?>> Rows);

/// <summary>
/// Writes a plain SpreadsheetML workbook with XmlWriter into a <see cref="DeterministicZip"/>: the same sheets give the
/// same bytes (no random relationship ids, no clock), numbers are written invariantly as numbers, text inline, the
/// header row frozen and each column as wide as its widest cell (CJK characters counted double).
/// </summary>
internal static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Excel's limit on the characters in a cell.</summary>
    private const int MaxCellChars = 32767;

    private static readonly string[] FillPatterns = ["none", "gray125"];
    private static readonly string[] BorderSides = ["left", "right", "top", "bottom", "diagonal"];

    private const int MinColumnWidth = 6;
    private const int MaxColumnWidth = 80;

    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        var entries = new List<(string, byte[])>
        {
            ("[Content_Types].xml", ContentTypes(sheets.Count)),
            ("_rels/.rels", Xml(w => Rels(w, [("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")]))),
            ("xl/workbook.xml", Workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", Xml(w => Rels(w, [
                .. sheets.Select((_, i) => ($"rId{i + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i + 1}.xml")),
                ($"rId{sheets.Count + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
            ]))),
            ("xl/styles.xml", Styles()),
        };
        for (var i = 0; i < sheets.Count; i++) entries.Add(($"xl/worksheets/sheet{i + 1}.xml", Sheet(sheets[i])));
        return DeterministicZip.Create(entries, timestamp: null);
    }

    /// <summary>"A1"-style reference of a 0-based column and a 1-based row.</summary>
    public static string Reference(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Column(int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + ((c - 1) % 26)) + name;
        return name;
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument(standalone: true);
            write(xml);
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static byte[] ContentTypes(int sheets) => Xml(w =>
    {
        w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var i = 1; i <= sheets; i++)
            Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        w.WriteEndElement();
    });

    private static void Default(XmlWriter w, string extension, string type)
    {
        w.WriteStartElement("Default");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string type)
    {
        w.WriteStartElement("Override");
        w.WriteAttributeString("PartName", part);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Rels(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        w.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            w.WriteStartElement("Relationship");
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static byte[] Workbook(IReadOnlyList<XlsxSheet> sheets) => Xml(w =>
    {
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, Relationships);
        w.WriteStartElement("sheets", Main);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("id", Relationships, $"rId{i + 1}");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });

    /// <summary>Fonts 0 (regular) and 1 (bold); cell formats in the order of <see cref="XlsxStyle"/>.</summary>
    private static byte[] Styles() => Xml(w =>
    {
        w.WriteStartElement("styleSheet", Main);
        w.WriteStartElement("fonts", Main);
        w.WriteAttributeString("count", "2");
        foreach (var bold in (bool[])[false, true])
        {
            w.WriteStartElement("font", Main);
            if (bold) w.WriteElementString("b", Main, null);
            Val(w, "sz", "11");
            Val(w, "name", "等线");
            Val(w, "family", "2");
            Val(w, "charset", "134");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("fills", Main);
        w.WriteAttributeString("count", "2");
        foreach (var pattern in FillPatterns)
        {
            w.WriteStartElement("fill", Main);
            w.WriteStartElement("patternFill", Main);
            w.WriteAttributeString("patternType", pattern);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("borders", Main);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("border", Main);
        foreach (var side in BorderSides) w.WriteElementString(side, Main, null);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cellStyleXfs", Main);
        w.WriteAttributeString("count", "1");
        Xf(w, 0, 0, cellStyle: true);
        w.WriteEndElement();
        // Built-in number formats: 0 General, 1 "0", 2 "0.00", 10 "0.00%".
        (int NumFmt, int Font)[] formats = [(0, 0), (0, 1), (1, 0), (2, 0), (10, 0), (0, 1), (1, 1), (2, 1), (10, 1)];
        w.WriteStartElement("cellXfs", Main);
        w.WriteAttributeString("count", formats.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var (numFmt, font) in formats) Xf(w, numFmt, font, cellStyle: false);
        w.WriteEndElement();
        w.WriteStartElement("cellStyles", Main);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("cellStyle", Main);
        w.WriteAttributeString("name", "Normal");
        w.WriteAttributeString("xfId", "0");
        w.WriteAttributeString("builtinId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void Val(XmlWriter w, string name, string value)
    {
        w.WriteStartElement(name, Main);
        w.WriteAttributeString("val", value);
        w.WriteEndElement();
    }

    private static void Xf(XmlWriter w, int numFmt, int font, bool cellStyle)
    {
        w.WriteStartElement("xf", Main);
        w.WriteAttributeString("numFmtId", numFmt.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("fillId", "0");
        w.WriteAttributeString("borderId", "0");
        if (!cellStyle)
        {
            w.WriteAttributeString("xfId", "0");
            if (numFmt != 0) w.WriteAttributeString("applyNumberFormat", "1");
            if (font != 0) w.WriteAttributeString("applyFont", "1");
        }

        w.WriteEndElement();
    }

    private static byte[] Sheet(XlsxSheet sheet) => Xml(w =>
    {
        var columns = Math.Max(sheet.Header.Count, sheet.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        w.WriteStartElement("worksheet", Main);
        w.WriteStartElement("dimension", Main);
        w.WriteAttributeString("ref", $"A1:{Reference(columns - 1, sheet.Rows.Count + 1)}");
        w.WriteEndElement();
        FrozenHeader(w);
        w.WriteStartElement("sheetFormatPr", Main);
        w.WriteAttributeString("defaultRowHeight", "15");
        w.WriteEndElement();
        w.WriteStartElement("cols", Main);
        for (var c = 0; c < columns; c++)
        {
            w.WriteStartElement("col", Main);
            w.WriteAttributeString("min", (c + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("max", (c + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("width", Width(sheet, c).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("sheetData", Main);
        Row(w, 1, [.. sheet.Header.Select(h => (XlsxCell?)XlsxCell.Of(h, XlsxStyle.Header))]);
        for (var r = 0; r < sheet.Rows.Count; r++) Row(w, r + 2, sheet.Rows[r]);
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void FrozenHeader(XmlWriter w)
    {
        w.WriteStartElement("sheetViews", Main);
        w.WriteStartElement("sheetView", Main);
        w.WriteAttributeString("workbookViewId", "0");
        w.WriteStartElement("pane", Main);
        w.WriteAttributeString("ySplit", "1");
        w.WriteAttributeString("topLeftCell", "A2");
        w.WriteAttributeString("activePane", "bottomLeft");
        w.WriteAttributeString("state", "frozen");
        w.WriteEndElement();
        w.WriteStartElement("selection", Main);
        w.WriteAttributeString("pane", "bottomLeft");
        w.WriteAttributeString("activeCell", "A2");
        w.WriteAttributeString("sqref", "A2");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Row(XmlWriter w, int row, IReadOnlyList<XlsxCell?> cells)
    {
        w.WriteStartElement("row", Main);
        w.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c] is not { } cell) continue;
            w.WriteStartElement("c", Main);
            w.WriteAttributeString("r", Reference(c, row));
            if (cell.Style != XlsxStyle.Text) w.WriteAttributeString("s", ((int)cell.Style).ToString(CultureInfo.InvariantCulture));
            if (cell.Number is { } number)
            {
                if (cell.Formula is { } formula) w.WriteElementString("f", Main, formula);
                w.WriteElementString("v", Main, number.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteAttributeString("t", "inlineStr");
                w.WriteStartElement("is", Main);
                w.WriteStartElement("t", Main);
                var text = Clean(cell.Text ?? "");
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                    w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(text);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    /// <summary>The widest cell of the column, as shown, in character widths (CJK double), within bounds.</summary>
    private static int Width(XlsxSheet sheet, int column)
    {
        var widest = column < sheet.Header.Count ? EastAsianWidth.Of(sheet.Header[column]) + 1 : 0;
        foreach (var row in sheet.Rows)
        {
            if (column < row.Count && row[column] is { } cell) widest = Math.Max(widest, EastAsianWidth.Of(Shown(cell)));
        }

        return Math.Clamp(widest + 2, MinColumnWidth, MaxColumnWidth);
    }

    /// <summary>The cell as its number format shows it.</summary>
    internal static string Shown(XlsxCell cell) => cell.Number is not { } n ? cell.Text ?? "" : cell.Style switch
    {
        XlsxStyle.Decimal2 or XlsxStyle.TotalDecimal2 => n.ToString("0.00", CultureInfo.InvariantCulture),
        XlsxStyle.Percent2 or XlsxStyle.TotalPercent2 => (n * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%",
        XlsxStyle.Integer or XlsxStyle.TotalInteger => n.ToString("0", CultureInfo.InvariantCulture),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Text XML can carry: characters XML 1.0 forbids (control characters, lone surrogates) shown as \uXXXX, cut to Excel's limit.</summary>
    private static string Clean(string text)
    {
        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var ok = pair || XmlConvert.IsXmlChar(c);
            if (ok && b is null)
            {
                if (pair) i++;
                continue;
            }

            b ??= new StringBuilder(text, 0, i, text.Length + 16);
            if (pair)
            {
                b.Append(c).Append(text[++i]);
            }
            else if (ok)
            {
                b.Append(c);
            }
            else
            {
                b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        var clean = b?.ToString() ?? text;
        return clean.Length <= MaxCellChars ? clean : clean[..(MaxCellChars - 1)] + "…";
    }
}
