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
    /// <summary>The built-in reference read by the OpenXML SDK: the fallback of a user's reference, and the source of <see cref="CompiledReference"/>.</summary>
    private static readonly Lazy<ReferenceDocument> ReadDefault = new(() => ReferenceReader.Read(DefaultPackage.Value, null));

    /// <summary>The built-in reference as the writer uses it, from data, without the SDK.</summary>
    private static readonly Lazy<ReferenceDocument> DefaultDocument = new(() => CompiledReference.Load(ReadDefault));

    private readonly Styles? _styles;
    private readonly Settings? _settings;
    private readonly Fonts? _fonts;
    private readonly SectionProperties? _section;
    private readonly IReadOnlyList<ReferenceHeaderFooter>? _headersAndFooters;
    private readonly byte[]? _theme;
    private readonly Dictionary<string, string> _styleIds;
    private readonly Lazy<PackageParts> _fixedParts;

    /// <summary>Set when this reference is kept as data: the same reference read by the SDK, for what the data does not hold.</summary>
    private readonly Lazy<ReferenceDocument>? _source;

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
        _headersAndFooters = headersAndFooters;
        _theme = theme;
        Problems = problems;
        _styleIds = StyleMerger.IdsByName(styles);
        _fixedParts = new Lazy<PackageParts>(() => PackageParts.From(this));
    }

    /// <summary>A reference kept as data (<see cref="CompiledReference"/>): without problems, the same as <paramref name="source"/>.</summary>
    internal ReferenceDocument(Dictionary<string, string> styleIds, PackageParts parts, Lazy<ReferenceDocument> source)
    {
        _styleIds = styleIds;
        _fixedParts = new Lazy<PackageParts>(parts);
        _source = source;
        Problems = [];
    }

    /// <summary>What was missing from the reference and replaced by the built-in default (empty for the default).</summary>
    public IReadOnlyList<ReferenceProblem> Problems { get; }

    internal IReadOnlyList<ReferenceHeaderFooter> HeadersAndFooters => _headersAndFooters ?? _source!.Value.HeadersAndFooters;

    internal byte[]? Theme => _source is null ? _theme : _source.Value.Theme;

    /// <summary>Style ids by style name (case-insensitive), the first of a name kept.</summary>
    internal IReadOnlyDictionary<string, string> StyleIds => _styleIds;

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
        return ReferenceReader.Read(docx, ReadDefault.Value);
    }

    /// <summary>The built-in reference as a .docx (same bytes every time), for users to edit in Word.</summary>
    public static byte[] ExportDefault() => (byte[])DefaultPackage.Value.Clone();

    /// <summary>True when the reference (after filling in defaults) has a style with this name.</summary>
    public bool HasStyle(string styleName) => _styleIds.ContainsKey(styleName);

    /// <summary>The w:styleId of the style named <paramref name="styleName"/>, or null.</summary>
    internal string? FindStyleId(string styleName) => _styleIds.GetValueOrDefault(styleName);

    /// <summary>The built-in reference read by the SDK from templates/reference (for the test that keeps <see cref="CompiledReference"/> current).</summary>
    internal static ReferenceDocument LoadDefaultWithSdk() => ReadDefault.Value;

    /// <summary>True for a reference kept as data (the built-in default as builds use it).</summary>
    internal bool KeptAsData => _source is not null;

    internal Styles CloneStyles() => _styles is null ? _source!.Value.CloneStyles() : (Styles)_styles.CloneNode(true);

    internal Settings CloneSettings() => _settings is null ? _source!.Value.CloneSettings() : (Settings)_settings.CloneNode(true);

    internal Fonts CloneFonts() => _fonts is null ? _source!.Value.CloneFonts() : (Fonts)_fonts.CloneNode(true);

    internal SectionProperties CloneSection() => _section is null ? _source!.Value.CloneSection() : (SectionProperties)_section.CloneNode(true);
}
