using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PerfReport.Rendering.Docx;

/// <summary>
/// The built-in reference document as the writer uses it — style ids by name, the shared parts as serialized, and
/// the three section formats — kept as data (<c>default-reference.verified.json</c>, embedded), so that a build with
/// the default reference does not load the OpenXML SDK's object model at all (it was a third of a native run).
/// </summary>
/// <remarks>
/// The data is derived from templates/reference by <see cref="Write"/>; a test compares it with what the SDK reads
/// from templates/reference and, with PERFREPORT_ACCEPT=1, rewrites it. Everything else a reference offers (the
/// styles, settings and fonts as elements, used when a user's reference falls back on the default) comes from the
/// SDK's reading of the same package, on first use.
/// </remarks>
internal static class CompiledReference
{
    /// <summary>Resource name of the data (see PerfReport.Core.csproj).</summary>
    public const string ResourceName = "PerfReport.default-reference.json";

    /// <summary>Path of the data in the repository, for the test that keeps it current.</summary>
    public const string RepositoryPath = "src/PerfReport.Core/Rendering/Docx/default-reference.verified.json";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The data of <paramref name="reference"/> (read by the SDK), as JSON text with '\n' line ends.</summary>
    public static string Write(ReferenceDocument reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var parts = reference.FixedParts;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            json.WriteStartObject();
            json.WriteString("comment", "Generated from templates/reference by CompiledReference.Write; do not edit. The test CompiledReferenceTests rewrites it with PERFREPORT_ACCEPT=1.");
            json.WriteStartObject("styleIds");
            foreach (var (name, id) in reference.StyleIds) json.WriteString(name, id);
            json.WriteEndObject();
            json.WriteStartArray("parts");
            foreach (var part in parts.Parts)
            {
                string xml = Encoding.UTF8.GetString(part.Data);
                if (!Encoding.UTF8.GetBytes(xml).AsSpan().SequenceEqual(part.Data))
                    throw new InvalidOperationException(part.Name + " is not UTF-8 text; it cannot be kept as data.");
                json.WriteStartObject();
                json.WriteString("name", part.Name);
                json.WriteString("contentType", part.ContentType);
                json.WriteString("relationshipType", part.RelationshipType);
                json.WriteString("relationshipId", part.RelationshipId);
                json.WriteString("xml", xml);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("headerFooterIds");
            foreach (var (from, to) in parts.HeaderFooterIds.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteString(from, to);
            json.WriteEndObject();
            Section(json, "first", parts.FirstSection);
            Section(json, "portrait", parts.Section(PageOrientation.Portrait));
            Section(json, "landscape", parts.Section(PageOrientation.Landscape));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void Section(Utf8JsonWriter json, string name, SectionFormat section)
    {
        json.WriteStartObject(name);
        json.WriteString("xml", section.Xml);
        json.WriteNumber("textWidth", section.TextWidth);
        json.WriteNumber("textHeight", section.TextHeight);
        json.WriteEndObject();
    }

    /// <summary>The embedded data as a reference document; <paramref name="source"/> is the same reference read by the SDK, loaded only if needed.</summary>
    public static ReferenceDocument Load(Lazy<ReferenceDocument> source)
    {
        using var stream = typeof(CompiledReference).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Missing embedded resource " + ResourceName + ".");
        using var document = JsonDocument.Parse(stream);
        return Read(document.RootElement, source);
    }

    /// <summary>Reads data written by <see cref="Write"/>.</summary>
    public static ReferenceDocument Read(JsonElement root, Lazy<ReferenceDocument> source)
    {
        var styleIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in root.GetProperty("styleIds").EnumerateObject()) styleIds.TryAdd(style.Name, style.Value.GetString()!);
        var parts = root.GetProperty("parts").EnumerateArray().Select(p => new PackagePart(
            Text(p, "name"), Text(p, "contentType"), Text(p, "relationshipType"), Text(p, "relationshipId"),
            Encoding.UTF8.GetBytes(Text(p, "xml")))).ToList();
        var ids = root.GetProperty("headerFooterIds").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var packageParts = new PackageParts(
            parts, ids,
            Section(root, "first", () => source.Value.FixedParts.FirstSection),
            Section(root, "portrait", () => source.Value.FixedParts.Section(PageOrientation.Portrait)),
            Section(root, "landscape", () => source.Value.FixedParts.Section(PageOrientation.Landscape)));
        return new ReferenceDocument(styleIds, packageParts, source);
    }

    private static SectionFormat Section(JsonElement root, string name, Func<SectionFormat> same)
    {
        var section = root.GetProperty(name);
        return SectionFormat.Of(Text(section, "xml"), section.GetProperty("textWidth").GetInt32(), section.GetProperty("textHeight").GetInt32(), () => same().Clone());
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
