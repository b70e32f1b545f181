using System.Xml.Linq;
using static PerfReport.Rendering.WordTemplates.WordXml;

namespace PerfReport.Rendering.WordTemplates;

/// <summary>
/// Applies <c>{{ merge … }}</c>: in each table, a cell marked by a merge tag joins the marked cell above it (same grid
/// column and span) when their texts are equal and every marked cell to its left in the row joined too, so a 二级
/// column merges only within its 一级. The first cell of a run is w:vMerge restart, the others w:vMerge continue,
/// emptied to one paragraph (Word shows the first cell's text over the merged height).
/// </summary>
internal static class VerticalMerges
{
    /// <summary>The order of w:tcPr children (ECMA-376 §17.4.70) up to w:vMerge; w:vMerge goes after these.</summary>
    private static readonly XName[] BeforeVMerge = [W + "cnfStyle", W + "tcW", W + "gridSpan", W + "hMerge"];

    public static void Apply(XElement root)
    {
        foreach (var table in root.Descendants(Tbl).Reverse())
        {
            Dictionary<int, (XElement Cell, int Span, string Text)>? above = null;
            foreach (var row in table.Elements(Tr))
            {
                var marked = new Dictionary<int, (XElement, int, string)>();
                var column = 0;
                var parentJoined = true;
                foreach (var cell in row.Elements(Tc))
                {
                    var span = (int?)cell.Element(TcPr)?.Element(W + "gridSpan")?.Attribute(W + "val") ?? 1;
                    if (cell.Attribute(MergeMark) is { } mark)
                    {
                        mark.Remove();
                        var text = TextOf(cell);
                        var joins = parentJoined && above is not null && above.TryGetValue(column, out var up) && up.Span == span && up.Text == text;
                        if (joins)
                        {
                            SetVMerge(above![column].Cell, restartIfUnset: true);
                            SetVMerge(cell, restartIfUnset: false);
                            Empty(cell);
                        }

                        parentJoined &= joins;
                        marked[column] = (cell, span, text);
                    }

                    column += span;
                }

                above = marked;
            }
        }

        foreach (var ns in root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration && a.Value == MergeMark.NamespaceName).ToList()) ns.Remove();
    }

    private static void SetVMerge(XElement cell, bool restartIfUnset)
    {
        var tcPr = cell.Element(TcPr);
        if (tcPr is null)
        {
            tcPr = new XElement(TcPr);
            cell.AddFirst(tcPr);
        }

        if (tcPr.Element(W + "vMerge") is not null) return;
        var vMerge = restartIfUnset ? new XElement(W + "vMerge", new XAttribute(W + "val", "restart")) : new XElement(W + "vMerge");
        var after = tcPr.Elements().LastOrDefault(e => BeforeVMerge.Contains(e.Name));
        if (after is null) tcPr.AddFirst(vMerge);
        else after.AddAfterSelf(vMerge);
    }

    /// <summary>A continued cell keeps one paragraph (its properties, no text).</summary>
    private static void Empty(XElement cell)
    {
        var first = cell.Elements(P).FirstOrDefault();
        foreach (var e in cell.Elements().Where(e => e.Name != TcPr && e != first).ToList()) e.Remove();
        if (first is null) cell.Add(new XElement(P));
        else first.Elements().Where(e => e.Name != W + "pPr").Remove();
    }
}
