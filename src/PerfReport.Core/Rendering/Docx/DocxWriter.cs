using System.Globalization;
using System.Text;
using System.Xml;

namespace PerfReport.Rendering.Docx;

/// <summary>
/// Writes a <see cref="DocumentSpec"/> as .docx with the styles, settings, fonts, page setup and footers of a
/// <see cref="ReferenceDocument"/>. Deterministic: the same input gives the same bytes (fixed part ids, fixed zip
/// order, every zip entry and docProps/core.xml stamped with the given time, or 1980-01-01).
/// </summary>
/// <remarks>
/// The package is written directly: each part is serialized once into its zip entry and deflated once;
/// word/document.xml is written by <see cref="BodyXmlWriter"/> without an object model, into a buffer reused per thread. The parts
/// that come from the reference (styles, settings, fonts, theme, headers and footers) are serialized once per
/// reference document (<see cref="ReferenceDocument.FixedParts"/>), so a batch pays for them once. The bytes are
/// those the OpenXML SDK's package wrote before (a test keeps the SDK path as the oracle).
/// </remarks>
internal static class DocxWriter
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Write(DocumentSpec document, ReferenceDocument reference, DateTimeOffset? timestamp)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(reference);

        var fixedParts = reference.FixedParts;
        var body = new BodyBuilder(reference).Build(document);
        var withCore = document.Title is not null || timestamp is not null;
        var entries = new List<(string Name, Action<Stream> Write)>(fixedParts.Parts.Count + 5)
        {
            ("[Content_Types].xml", Bytes(ContentTypes(fixedParts.Parts, withCore))),
            ("_rels/.rels", Bytes(PackageRelationships(withCore))),
            ("word/_rels/document.xml.rels", Bytes(DocumentRelationships(fixedParts.Parts))),
            ("word/document.xml", stream => WriteWhole(stream, body)),
        };
        foreach (var part in fixedParts.Parts) entries.Add((part.Name, Bytes(part.Data)));
        if (withCore) entries.Add(("docProps/core.xml", Bytes(CoreProperties(document.Title, timestamp))));
        return DeterministicZip.Create(entries, timestamp);
    }

    private static Action<Stream> Bytes(byte[] data) => stream => stream.Write(data);

    /// <summary>A buffer per thread for word/document.xml, reused by every report a thread builds.</summary>
    [ThreadStatic]
    private static MemoryStream? t_documentBuffer;

    /// <summary>
    /// The deflater is handed word/document.xml in one write: its output depends on how the input is cut, and
    /// one write gives the bytes the pinned samples have.
    /// </summary>
    private static void WriteWhole(Stream entry, BodyPlan body)
    {
        var buffer = t_documentBuffer ??= new MemoryStream();
        buffer.SetLength(0);
        BodyXmlWriter.Write(buffer, body);
        entry.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (buffer.Capacity > MaxKeptBuffer) t_documentBuffer = null;
    }

    /// <summary>A buffer grown past this by a very long report is not kept for the next one.</summary>
    private const int MaxKeptBuffer = 4 * 1024 * 1024;

    /// <summary>Default for .xml is the main document's type, as System.IO.Packaging writes it; the other parts are overrides.</summary>
    private static byte[] ContentTypes(IReadOnlyList<PackagePart> parts, bool withCore) => PackageXml(xml =>
    {
        xml.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default(xml, "xml", MainContentType);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        foreach (var part in parts) Override(xml, "/" + part.Name, part.ContentType);
        if (withCore) Override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        xml.WriteEndElement();

        static void Default(XmlWriter xml, string extension, string type)
        {
            xml.WriteStartElement("Default");
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        static void Override(XmlWriter xml, string name, string type)
        {
            xml.WriteStartElement("Override");
            xml.WriteAttributeString("PartName", name);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    });

    private static byte[] PackageRelationships(bool withCore) => PackageXml(xml =>
    {
        xml.WriteStartElement("Relationships", PackageRelationshipsNamespace);
        Relationship(xml, Relationships + "/officeDocument", "/word/document.xml", "rIdMain");
        if (withCore) Relationship(xml, "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "/docProps/core.xml", "rIdCore");
        xml.WriteEndElement();
    });

    private static byte[] DocumentRelationships(IReadOnlyList<PackagePart> parts) => PackageXml(xml =>
    {
        xml.WriteStartElement("Relationships", PackageRelationshipsNamespace);
        foreach (var part in parts) Relationship(xml, part.RelationshipType, "/" + part.Name, part.RelationshipId);
        xml.WriteEndElement();
    });

    private const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static void Relationship(XmlWriter xml, string type, string target, string id)
    {
        xml.WriteStartElement("Relationship");
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteAttributeString("Id", id);
        xml.WriteEndElement();
    }

    /// <summary>The package's own XML ([Content_Types].xml, .rels): UTF-8 with a byte order mark, as System.IO.Packaging writes it.</summary>
    private static byte[] PackageXml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(true) }))
        {
            xml.WriteStartDocument();
            write(xml);
        }

        return stream.ToArray();
    }

    /// <summary>docProps/core.xml with the title and, from <paramref name="timestamp"/> only, created/modified.</summary>
    private static byte[] CoreProperties(string? title, DateTimeOffset? timestamp)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
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

        return stream.ToArray();
    }
}
