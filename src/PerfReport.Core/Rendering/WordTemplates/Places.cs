using System.Xml.Linq;
using static PerfReport.Rendering.WordTemplates.WordXml;

namespace PerfReport.Rendering.WordTemplates;

/// <summary>
/// Names a paragraph's place in a part as a Word user finds it: "表2 第3行 第2列" in a table, "第5段" in the body
/// (paragraphs outside tables and text boxes, counted from 1), "文本框1 第2段" in a text box; with the part's label in
/// front for headers and footers ("页眉1 第1段"). A text box Word also saves as a VML fallback has the same number.
/// </summary>
internal sealed class Places
{
    private static readonly XName Fallback = XName.Get("Fallback", "http://schemas.openxmlformats.org/markup-compatibility/2006");

    private readonly string _label;
    private readonly Dictionary<XElement, int> _tables = [];
    private readonly Dictionary<XElement, int> _textBoxes = [];
    private readonly Dictionary<XElement, int> _paragraphs = [];

    public Places(string label, XElement root)
    {
        _label = label;
        var tables = 0;
        foreach (var t in root.Descendants(Tbl))
            _tables[t] = InFallback(t) ? tables : ++tables;
        var boxes = 0;
        foreach (var b in root.Descendants(TxbxContent))
            _textBoxes[b] = InFallback(b) ? boxes : ++boxes;
        var counters = new Dictionary<XElement, int>();
        foreach (var p in root.Descendants(P))
        {
            var container = Container(p) ?? root;
            if (container.Name == Tc) continue;
            counters[container] = counters.GetValueOrDefault(container) + 1;
            _paragraphs[p] = counters[container];
        }
    }

    public string Of(XElement paragraph)
    {
        var prefix = _label.Length > 0 ? _label + " " : "";
        var container = Container(paragraph);
        if (container?.Name == Tc)
        {
            var row = container.Parent!;
            var table = row.Parent!;
            var r = table.Elements(Tr).ToList().IndexOf(row) + 1;
            var c = row.Elements(Tc).ToList().IndexOf(container) + 1;
            return $"{prefix}表{_tables.GetValueOrDefault(table)} 第{r}行 第{c}列";
        }

        var n = _paragraphs.GetValueOrDefault(paragraph);
        return container?.Name == TxbxContent ? $"{prefix}文本框{_textBoxes.GetValueOrDefault(container)} 第{n}段" : $"{prefix}第{n}段";
    }

    /// <summary>The nearest table cell or text box holding the element, or null in the part's body.</summary>
    private static XElement? Container(XElement e) => e.Ancestors().FirstOrDefault(a => a.Name == Tc || a.Name == TxbxContent);

    private static bool InFallback(XElement e) => e.Ancestors(Fallback).Any();
}
