using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Rendering.Docx;

/// <summary>Reads a reference .docx into a <see cref="ReferenceDocument"/>, filling gaps from a fallback.</summary>
internal static class ReferenceReader
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// Reads <paramref name="docx"/>. With a <paramref name="fallback"/>, every gap or read failure becomes a
    /// <see cref="ReferenceProblem"/> and the fallback's part is used; without one (the built-in default) a gap is a bug.
    /// </summary>
    public static ReferenceDocument Read(byte[] docx, ReferenceDocument? fallback)
    {
        if (fallback is not null && ZipLimits.Check(docx) is { } tooLarge)
            return Fall(fallback, [ReferenceProblem.WholeDocument(tooLarge)]);
        try
        {
            using var stream = new MemoryStream(docx, writable: false);
            using var package = WordprocessingDocument.Open(stream, isEditable: false);
            return Read(package, fallback);
        }
        catch (Exception ex) when (fallback is not null && IsBadInput(ex))
        {
            return Fall(fallback, [ReferenceProblem.WholeDocument("无法读取参考文档（" + ex.Message + "）")]);
        }
    }

    private static bool IsBadInput(Exception ex) =>
        ex is OpenXmlPackageException or InvalidDataException or FormatException or XmlException or IOException
            or InvalidOperationException or NotSupportedException or ArgumentException;

    private static ReferenceDocument Read(WordprocessingDocument package, ReferenceDocument? fallback)
    {
        var problems = new List<ReferenceProblem>();
        var main = package.MainDocumentPart;
        if (main is null)
        {
            return Fall(Require(fallback, "main document part"), [ReferenceProblem.WholeDocument("参考文档没有正文部分")]);
        }

        var styles = ReadStyles(main, fallback, problems);
        var settings = main.DocumentSettingsPart?.Settings is { } s ? (Settings)s.CloneNode(true) : Missing(fallback, "settings", problems).CloneSettings();
        RemoveRelationshipElements(settings);
        settings.RemoveAllChildren<Rsids>();
        var fonts = main.FontTablePart?.Fonts is { } f ? (Fonts)f.CloneNode(true) : new Fonts();
        if (fallback is not null)
        {
            AddMissingFonts(fonts, fallback.CloneFonts());
        }

        byte[]? theme = main.ThemePart is { } t ? ReadBytes(t) : fallback?.Theme;
        var section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
        if (section is null)
        {
            var f2 = Require(fallback, "section properties");
            problems.Add(new(string.Empty, "参考文档没有页面设置（w:sectPr），已改用默认页面设置和页脚"));
            return new ReferenceDocument(styles, settings, fonts, f2.CloneSection(), f2.HeadersAndFooters, theme, problems);
        }

        section = (SectionProperties)section.CloneNode(true);
        var parts = ReadHeadersAndFooters(main, section, problems);
        if (fallback is not null && !parts.Any(p => !p.IsHeader)) DefaultFooters(fallback, section, parts, problems);
        return new ReferenceDocument(styles, settings, fonts, section, parts, theme, problems);
    }

    private static Styles ReadStyles(MainDocumentPart main, ReferenceDocument? fallback, List<ReferenceProblem> problems)
    {
        if (main.StyleDefinitionsPart?.Styles is not { } original)
        {
            return Missing(fallback, "styles", problems).CloneStyles();
        }

        var styles = (Styles)original.CloneNode(true);

        // Heading numbers are written as text; a numbered style in the reference would number them twice.
        foreach (var style in styles.Elements<Style>())
        {
            style.StyleParagraphProperties?.NumberingProperties?.Remove();
        }

        var ids = StyleMerger.IdsByName(styles);
        foreach (string name in StyleNames.All.Where(n => !ids.ContainsKey(n)))
        {
            var source = Require(fallback, "style " + name).CloneStyles();
            StyleMerger.Copy(styles, source, name);
            problems.Add(new(name, "参考文档缺少样式“" + name + "”，已改用默认样式"));
        }

        return styles;
    }

    private static List<ReferenceHeaderFooter> ReadHeadersAndFooters(
        MainDocumentPart main, SectionProperties section, List<ReferenceProblem> problems)
    {
        var result = new List<ReferenceHeaderFooter>();
        foreach (var reference in section.Elements<HeaderFooterReferenceType>().ToList())
        {
            string? id = reference.Id?.Value;
            OpenXmlPart? part = id is not null && main.TryGetPartById(id, out var p) ? p : null;
            OpenXmlPartRootElement? root = part switch
            {
                HeaderPart h => h.Header,
                FooterPart f => f.Footer,
                _ => null,
            };
            if (root is null || part!.Parts.Any())
            {
                problems.Add(new(string.Empty, "参考文档的页眉或页脚缺失或含图片等附属内容，暂不支持，已忽略"));
                reference.Remove();
                continue;
            }

            result.Add(new(id!, reference is HeaderReference, (OpenXmlPartRootElement)root.CloneNode(true)));
        }

        RemoveRelationshipElements(section, keep: e => e is HeaderFooterReferenceType);
        return result;
    }

    /// <summary>
    /// A reference without footers would give a report without page numbers: the default's footers are used, under
    /// ids of their own, and the user is told.
    /// </summary>
    private static void DefaultFooters(ReferenceDocument fallback, SectionProperties section, List<ReferenceHeaderFooter> parts, List<ReferenceProblem> problems)
    {
        const string Prefix = "default-";
        foreach (var reference in fallback.CloneSection().Elements<FooterReference>().Reverse())
        {
            reference.Id = Prefix + reference.Id?.Value;
            section.PrependChild(reference.CloneNode(true));
        }

        parts.AddRange(fallback.HeadersAndFooters.Where(p => !p.IsHeader).Select(p => p with { RelationshipId = Prefix + p.RelationshipId }));
        problems.Add(new(string.Empty, "参考文档没有页脚，已改用默认页脚（页码“— 1 —”）"));
    }

    private static void RemoveRelationshipElements(OpenXmlElement root, Func<OpenXmlElement, bool>? keep = null)
    {
        foreach (var child in root.ChildElements.ToList())
        {
            bool usesRelationship = child.Descendants().Prepend(child)
                .Any(e => e.GetAttributes().Any(a => a.NamespaceUri == RelationshipsNamespace));
            if (usesRelationship && (keep is null || !keep(child)))
            {
                child.Remove();
            }
        }
    }

    private static void AddMissingFonts(Fonts fonts, Fonts defaults)
    {
        var names = fonts.Elements<Font>().Select(f => f.Name?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var font in defaults.Elements<Font>().Where(f => f.Name?.Value is { } n && !names.Contains(n)))
        {
            fonts.Append(font.CloneNode(true));
        }
    }

    private static ReferenceDocument Missing(ReferenceDocument? fallback, string what, List<ReferenceProblem> problems)
    {
        var f = Require(fallback, what);
        problems.Add(new(string.Empty, "参考文档缺少 " + what + " 部分，已改用默认参考文档的"));
        return f;
    }

    private static ReferenceDocument Require(ReferenceDocument? fallback, string what) =>
        fallback ?? throw new InvalidOperationException("The built-in reference document lacks its " + what + ".");

    private static ReferenceDocument Fall(ReferenceDocument fallback, List<ReferenceProblem> problems) =>
        new(fallback.CloneStyles(), fallback.CloneSettings(), fallback.CloneFonts(), fallback.CloneSection(),
            fallback.HeadersAndFooters, fallback.Theme, problems);

    private static byte[] ReadBytes(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
