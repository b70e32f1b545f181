using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PerfReport.Diagnostics;
using PerfReport.Rendering.Docx;

namespace PerfReport.Rendering.WordTemplates;

/// <summary>
/// A department's own Word document used as the whole report (<c>build --template FILE.docx</c>): Scriban tags typed in
/// it are filled from the report's data. Loaded and compiled once (a batch builds every report from the same compiled
/// template); pure: it takes the file's bytes and never touches the file system.
/// </summary>
public sealed class WordTemplate
{
    private WordTemplate(string displayPath, List<(string Name, byte[] Data)> entries, List<CompiledPart> parts, List<TemplateProblem> problems)
    {
        DisplayPath = displayPath;
        Entries = entries;
        Parts = parts;
        Problems = problems;
    }

    /// <summary>The template's path as printed in diagnostics.</summary>
    public string DisplayPath { get; }

    /// <summary>The package's entries as read, by name.</summary>
    internal IReadOnlyList<(string Name, byte[] Data)> Entries { get; }

    /// <summary>The parts that hold tags, compiled.</summary>
    internal IReadOnlyList<CompiledPart> Parts { get; }

    /// <summary>What makes the template unusable (PR9301–PR9303); every build with it reports them.</summary>
    internal IReadOnlyList<TemplateProblem> Problems { get; }

    /// <summary>True when the template can be built with.</summary>
    public bool IsUsable => Problems.Count == 0;

    /// <summary>Reads and compiles a Word template from its bytes; problems are kept and reported with every build.</summary>
    public static WordTemplate Load(string displayPath, byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (ZipLimits.Check(docx) is { } tooLarge)
            return Unusable(displayPath, tooLarge + "；请检查是否选错了文件");
        List<(string Name, byte[] Data)> entries;
        List<(string Name, string Label)> targets;
        try
        {
            entries = ReadEntries(docx);
            targets = Targets(docx);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or OpenXmlPackageException or XmlException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return Unusable(displayPath, "不是有效的 Word 文档（.docx）；请在 Word 中“另存为 Word 文档（*.docx）”后再试");
        }

        var parts = new List<CompiledPart>();
        var problems = new List<TemplateProblem>();
        var byName = entries.ToDictionary(e => e.Name, e => e.Data, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, label) in targets)
        {
            if (!byName.TryGetValue(name, out var data)) continue;
            XDocument document;
            try
            {
                using var stream = new MemoryStream(data);
                document = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
            }
            catch (XmlException e)
            {
                problems.Add(new TemplateProblem(DiagnosticDescriptors.WordTemplateUnreadable, $"部件 {name} 不是有效的 XML（{e.Message}）"));
                continue;
            }

            var part = PartCompiler.Compile(entries.First(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)).Name, label, document);
            problems.AddRange(part.Problems);
            if (part.Template is not null) parts.Add(part);
        }

        return new WordTemplate(displayPath, entries, parts, problems);
    }

    private static WordTemplate Unusable(string displayPath, string reason) =>
        new(displayPath, [], [], [new TemplateProblem(DiagnosticDescriptors.WordTemplateUnreadable, reason)]);

    private static List<(string Name, byte[] Data)> ReadEntries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var e in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            using var s = e.Open();
            using var buffer = new MemoryStream();
            s.CopyTo(buffer);
            entries.Add((e.FullName, buffer.ToArray()));
        }

        return entries;
    }

    /// <summary>The parts that may hold tags, with the label places in them get: the document, headers, footers, notes.</summary>
    private static List<(string Name, string Label)> Targets(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = doc.MainDocumentPart ?? throw new InvalidOperationException("no main document part");
        var targets = new List<(string, string)> { (Entry(main), "") };
        var headers = 0;
        foreach (var h in main.HeaderParts.OrderBy(Entry, StringComparer.Ordinal)) targets.Add((Entry(h), $"页眉{++headers}"));
        var footers = 0;
        foreach (var f in main.FooterParts.OrderBy(Entry, StringComparer.Ordinal)) targets.Add((Entry(f), $"页脚{++footers}"));
        if (main.FootnotesPart is { } fn) targets.Add((Entry(fn), "脚注"));
        if (main.EndnotesPart is { } en) targets.Add((Entry(en), "尾注"));
        return targets;
    }

    private static string Entry(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');
}
