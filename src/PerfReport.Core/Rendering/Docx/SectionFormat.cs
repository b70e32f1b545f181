using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Rendering.Docx;

/// <summary>
/// One section's page setup (w:sectPr) as the documents of one reference share it: the XML, serialized once, and
/// the text area it leaves. Immutable: <see cref="Clone"/> gives an element to change.
/// </summary>
internal sealed class SectionFormat
{
    private const string Wordprocessing = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly Func<SectionProperties> _clone;

    private SectionFormat(string xml, int textWidth, int textHeight, Func<SectionProperties> clone)
    {
        Xml = xml;
        TextWidth = textWidth;
        TextHeight = textHeight;
        _clone = clone;
    }

    /// <summary>The w:sectPr element as the OpenXML SDK writes it inside a w:document that declares w and r.</summary>
    public string Xml { get; }

    /// <summary>Page width less the side margins and gutter, in twips.</summary>
    public int TextWidth { get; }

    /// <summary>Page height less the top and bottom margins, in twips.</summary>
    public int TextHeight { get; }

    /// <summary>A copy of the element (for the SDK's object model).</summary>
    public SectionProperties Clone() => _clone();

    /// <summary>Takes ownership of <paramref name="properties"/>: the caller must not change it afterwards.</summary>
    public static SectionFormat From(SectionProperties properties) => new(
        Serialize(properties), SectionLayout.TextWidth(properties), SectionLayout.TextHeight(properties),
        () => (SectionProperties)properties.CloneNode(true));

    /// <summary>A section kept as data (<see cref="CompiledReference"/>); <paramref name="clone"/> gives the element when one is asked for.</summary>
    public static SectionFormat Of(string xml, int textWidth, int textHeight, Func<SectionProperties> clone) =>
        new(xml, textWidth, textHeight, clone);

    private static string Serialize(SectionProperties properties)
    {
        // Serialized in place so that the namespace prefixes in scope are those of the written document.
        var body = new Body((SectionProperties)properties.CloneNode(true));
        var document = new Document(body);
        document.AddNamespaceDeclaration("w", Wordprocessing);
        document.AddNamespaceDeclaration("r", Relationships);
        string outer = document.OuterXml;
        const string open = "<w:body>", close = "</w:body>";
        int start = outer.IndexOf(open, StringComparison.Ordinal) + open.Length;
        int end = outer.LastIndexOf(close, StringComparison.Ordinal);
        if (start < open.Length || end < start)
        {
            throw new InvalidOperationException("The section properties did not serialize inside w:body: " + outer);
        }

        return outer[start..end];
    }
}
