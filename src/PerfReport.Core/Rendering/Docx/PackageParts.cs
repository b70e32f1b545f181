using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Rendering.Docx;

/// <summary>One part of the package as written: zip entry name, content type, and the relationship from the main document.</summary>
internal sealed record PackagePart(string Name, string ContentType, string RelationshipType, string RelationshipId, byte[] Data);

/// <summary>
/// The parts every document written from one reference shares (styles, settings, fonts, theme, headers and
/// footers), serialized once. Immutable after construction, so one instance serves parallel builds.
/// </summary>
internal sealed class PackageParts
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private readonly SectionFormat _portrait;
    private readonly SectionFormat _landscape;

    private PackageParts(ReferenceDocument reference, IReadOnlyList<PackagePart> parts, IReadOnlyDictionary<string, string> headerFooterIds)
        : this(
            parts,
            headerFooterIds,
            SectionFormat.From(Remap(reference.CloneSection(), headerFooterIds)),
            SectionFormat.From(Remap(SectionLayout.WithOrientation(reference.CloneSection(), PageOrientation.Portrait), headerFooterIds)),
            SectionFormat.From(Remap(SectionLayout.WithOrientation(reference.CloneSection(), PageOrientation.Landscape), headerFooterIds)))
    {
    }

    /// <summary>Parts and sections already serialized (<see cref="CompiledReference"/>).</summary>
    internal PackageParts(
        IReadOnlyList<PackagePart> parts, IReadOnlyDictionary<string, string> headerFooterIds,
        SectionFormat first, SectionFormat portrait, SectionFormat landscape)
    {
        Parts = parts;
        HeaderFooterIds = headerFooterIds;
        FirstSection = first;
        _portrait = portrait;
        _landscape = landscape;
    }

    /// <summary>The reference's own section, as a document's first section has it.</summary>
    public SectionFormat FirstSection { get; }

    /// <summary>The reference's section turned to <paramref name="orientation"/>, as a section after a break has it.</summary>
    public SectionFormat Section(PageOrientation orientation) =>
        orientation == PageOrientation.Landscape ? _landscape : _portrait;

    /// <summary>In the order the parts were always added: styles, settings, fonts, theme, then headers and footers as the reference lists them.</summary>
    public IReadOnlyList<PackagePart> Parts { get; }

    /// <summary>Header/footer relationship id in the reference → id in the written document.</summary>
    public IReadOnlyDictionary<string, string> HeaderFooterIds { get; }

    public static PackageParts From(ReferenceDocument reference)
    {
        var parts = new List<PackagePart>
        {
            new("word/styles.xml", Wordprocessing + "styles+xml", Relationships + "/styles", "rIdStyles", Serialize(reference.CloneStyles())),
            new("word/settings.xml", Wordprocessing + "settings+xml", Relationships + "/settings", "rIdSettings", Serialize(reference.CloneSettings())),
            new("word/fontTable.xml", Wordprocessing + "fontTable+xml", Relationships + "/fontTable", "rIdFontTable", Serialize(reference.CloneFonts())),
        };
        if (reference.Theme is { } theme)
        {
            parts.Add(new("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", Relationships + "/theme", "rIdTheme", theme));
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        int headers = 0, footers = 0;
        foreach (var part in reference.HeadersAndFooters)
        {
            if (ids.ContainsKey(part.RelationshipId)) continue;
            var kind = part.IsHeader ? "header" : "footer";
            var n = (part.IsHeader ? ++headers : ++footers).ToString(CultureInfo.InvariantCulture);
            var id = (part.IsHeader ? "rIdHeader" : "rIdFooter") + n;
            parts.Add(new($"word/{kind}{n}.xml", Wordprocessing + kind + "+xml", Relationships + "/" + kind, id, Serialize(part.Root)));
            ids[part.RelationshipId] = id;
        }

        return new PackageParts(reference, parts, ids);
    }

    /// <summary>Header and footer references point at the written document's parts; one the reference lacks is dropped.</summary>
    private static SectionProperties Remap(SectionProperties section, IReadOnlyDictionary<string, string> ids)
    {
        foreach (var reference in section.Elements<HeaderFooterReferenceType>().ToList())
        {
            if (reference.Id?.Value is { } id && ids.TryGetValue(id, out string? mapped))
            {
                reference.Id = mapped;
            }
            else
            {
                reference.Remove();
            }
        }

        return section;
    }

    /// <summary>A part's XML as the OpenXML SDK saves it (UTF-8 without a byte order mark, with the XML declaration).</summary>
    public static byte[] Serialize(OpenXmlPartRootElement root)
    {
        using var stream = new MemoryStream();
        root.Save(stream);
        return stream.ToArray();
    }
}
