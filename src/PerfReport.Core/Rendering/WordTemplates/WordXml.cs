using System.Xml.Linq;

namespace PerfReport.Rendering.WordTemplates;

/// <summary>WordprocessingML names used by the Word template engine.</summary>
internal static class WordXml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /// <summary>The attribute that marks a cell holding a <c>merge</c> tag until the merge is applied (never written out).</summary>
    public static readonly XName MergeMark = XName.Get("merge", "urn:perfreport:word-template");

    public static readonly XName P = W + "p";
    public static readonly XName R = W + "r";
    public static readonly XName T = W + "t";
    public static readonly XName RPr = W + "rPr";
    public static readonly XName Tbl = W + "tbl";
    public static readonly XName Tr = W + "tr";
    public static readonly XName Tc = W + "tc";
    public static readonly XName TcPr = W + "tcPr";
    public static readonly XName TxbxContent = W + "txbxContent";
    public static readonly XName ProofErr = W + "proofErr";
    public static readonly XName Ins = W + "ins";

    /// <summary>The paragraph an element belongs to: its nearest w:p ancestor (a text box's paragraphs are their own).</summary>
    public static XElement? ParagraphOf(XElement e) => e.Ancestors(P).FirstOrDefault();

    /// <summary>The w:t elements of the paragraph itself, in order (not those of text boxes nested in it).</summary>
    public static List<XElement> OwnTexts(XElement paragraph) =>
        paragraph.Descendants(T).Where(t => t.Parent?.Name == R && ParagraphOf(t) == paragraph).ToList();

    /// <summary>The text of a paragraph or cell as Word shows it (w:t only).</summary>
    public static string TextOf(XElement e) => string.Concat(e.Descendants(T).Select(t => t.Value));
}
