using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Rendering.Docx;

namespace PerfReport.Tests.Rendering.Docx;

/// <summary>The writer as it was before it wrote the package itself: through the OpenXML SDK's package and a second zip pass. Kept as the oracle that the direct writer must equal byte for byte.</summary>
/// <remarks>
/// Writes a <see cref="DocumentSpec"/> as .docx with the styles, settings, fonts, page setup and footers of a
/// <see cref="ReferenceDocument"/>. Deterministic: the same input gives the same bytes (fixed part ids, fixed zip
/// order, every zip entry and docProps/core.xml stamped with the given time, or 1980-01-01).
/// </remarks>
internal static class SdkPackageDocxWriter
{
    public static byte[] Write(DocumentSpec document, ReferenceDocument reference, DateTimeOffset? timestamp)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(reference);

        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            package.ChangeIdOfPart(main, "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = reference.CloneStyles();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = reference.CloneSettings();
            main.AddNewPart<FontTablePart>("rIdFontTable").Fonts = reference.CloneFonts();
            if (reference.Theme is { } theme)
            {
                using var themeData = new MemoryStream(theme, writable: false);
                main.AddNewPart<ThemePart>("rIdTheme").FeedData(themeData);
            }

            var partIds = AddHeadersAndFooters(main, reference);
            var body = SdkBodyWriter.Body(new BodyBuilder(reference).Build(document));
            Assert.Equal(reference.FixedParts.HeaderFooterIds, partIds);
            var root = new Document(body);
            root.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
            root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            main.Document = root;
            if (document.Title is not null || timestamp is not null)
            {
                AddCoreProperties(package, document.Title, timestamp);
            }
        }

        return DeterministicZip.Normalize(buffer.ToArray(), timestamp);
    }

    private static Dictionary<string, string> AddHeadersAndFooters(MainDocumentPart main, ReferenceDocument reference)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        int headers = 0, footers = 0;
        foreach (var part in reference.HeadersAndFooters)
        {
            if (ids.ContainsKey(part.RelationshipId))
            {
                continue;
            }

            if (part.IsHeader)
            {
                string id = "rIdHeader" + (++headers).ToString(CultureInfo.InvariantCulture);
                main.AddNewPart<HeaderPart>(id).Header = (Header)part.Root.CloneNode(true);
                ids[part.RelationshipId] = id;
            }
            else
            {
                string id = "rIdFooter" + (++footers).ToString(CultureInfo.InvariantCulture);
                main.AddNewPart<FooterPart>(id).Footer = (Footer)part.Root.CloneNode(true);
                ids[part.RelationshipId] = id;
            }
        }

        return ids;
    }

    /// <summary>docProps/core.xml with the title and, from <paramref name="timestamp"/> only, created/modified.</summary>
    private static void AddCoreProperties(WordprocessingDocument package, string? title, DateTimeOffset? timestamp)
    {
        var part = package.AddCoreFilePropertiesPart();
        package.ChangeIdOfPart(part, "rIdCore");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        if (title is not null)
        {
            xml.WriteElementString("dc", "title", dc, title);
        }

        if (timestamp is { } time)
        {
            string w3c = time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            foreach (string name in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", name, dcterms);
                xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
                xml.WriteString(w3c);
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }
}
