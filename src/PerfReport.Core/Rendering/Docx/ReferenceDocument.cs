using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Rendering.Docx;

/// <summary>
/// A reference document in the sense of pandoc's <c>--reference-doc</c>: the styles, settings, fonts, page setup
/// and headers/footers of generated documents come from it, and its body is ignored. Styles are found by name
/// (w:name, case-insensitive), so a reference saved by a localized Word works.
/// </summary>
public sealed class ReferenceDocument
{
    private static readonly Lazy<byte[]> DefaultPackage = new(ReferencePackage.PackDefault);
    private static readonly Lazy<ReferenceDocument> DefaultDocument = new(() => ReferenceReader.Read(DefaultPackage.Value, null));

    private readonly Styles _styles;
    private readonly Settings _settings;
    private readonly Fonts _fonts;
    private readonly SectionProperties _section;
    private readonly Dictionary<string, string> _styleIds;
    private readonly Lazy<PackageParts> _fixedParts;

    internal ReferenceDocument(
        Styles styles,
        Settings settings,
        Fonts fonts,
        SectionProperties section,
        IReadOnlyList<ReferenceHeaderFooter> headersAndFooters,
        byte[]? theme,
        IReadOnlyList<ReferenceProblem> problems)
    {
        _styles = styles;
        _settings = settings;
        _fonts = fonts;
        _section = section;
        HeadersAndFooters = headersAndFooters;
        Theme = theme;
        Problems = problems;
        _styleIds = StyleMerger.IdsByName(styles);
        _fixedParts = new Lazy<PackageParts>(() => PackageParts.From(this));
    }

    /// <summary>What was missing from the reference and replaced by the built-in default (empty for the default).</summary>
    public IReadOnlyList<ReferenceProblem> Problems { get; }

    internal IReadOnlyList<ReferenceHeaderFooter> HeadersAndFooters { get; }

    internal byte[]? Theme { get; }

    /// <summary>The parts every document written from this reference shares, serialized on first use (thread-safe).</summary>
    internal PackageParts FixedParts => _fixedParts.Value;

    /// <summary>The built-in reference (templates/reference, embedded): GB/T 9704-2012 page setup and styles.</summary>
    public static ReferenceDocument LoadDefault() => DefaultDocument.Value;

    /// <summary>
    /// Reads a reference .docx. Never throws for bad input: an unreadable file or a missing style is listed in
    /// <see cref="Problems"/> and the built-in default is used in its place.
    /// </summary>
    public static ReferenceDocument Load(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        return ReferenceReader.Read(docx, DefaultDocument.Value);
    }

    /// <summary>The built-in reference as a .docx (same bytes every time), for users to edit in Word.</summary>
    public static byte[] ExportDefault() => (byte[])DefaultPackage.Value.Clone();

    /// <summary>True when the reference (after filling in defaults) has a style with this name.</summary>
    public bool HasStyle(string styleName) => _styleIds.ContainsKey(styleName);

    /// <summary>The w:styleId of the style named <paramref name="styleName"/>, or null.</summary>
    internal string? FindStyleId(string styleName) => _styleIds.GetValueOrDefault(styleName);

    internal Styles CloneStyles() => (Styles)_styles.CloneNode(true);

    internal Settings CloneSettings() => (Settings)_settings.CloneNode(true);

    internal Fonts CloneFonts() => (Fonts)_fonts.CloneNode(true);

    internal SectionProperties CloneSection() => (SectionProperties)_section.CloneNode(true);
}
