using System.Collections.Concurrent;
using PerfReport.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace PerfReport.Rendering;

/// <summary>
/// The templates a build uses: the manifest <c>report.yaml</c>, the Scriban templates it names and the reference
/// document's parts, by path relative to the templates folder. The defaults are embedded in the tool; a department's
/// own folder (<c>--templates DIR</c>) is read by the CLI and passed in, so the core never touches the file system.
/// </summary>
public sealed class TemplateSet
{
    private const string ResourcePrefix = "templates/";
    private static readonly Lazy<TemplateSet> DefaultSet = new(LoadEmbedded);

    private TemplateSet(string displayRoot, IReadOnlyDictionary<string, string> files)
    {
        DisplayRoot = displayRoot;
        Files = files;
    }

    /// <summary>The built-in templates.</summary>
    public static TemplateSet Default => DefaultSet.Value;

    /// <summary>How template paths are printed in diagnostics ("templates" for the built-in set, else the folder given).</summary>
    public string DisplayRoot { get; }

    /// <summary>Every file, by relative path with '/' separators.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>A set from files read elsewhere; a file the set lacks falls back to the built-in one.</summary>
    public static TemplateSet FromFiles(string displayRoot, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var merged = new Dictionary<string, string>(Default.Files, StringComparer.Ordinal);
        foreach (var (path, text) in files) merged[path.Replace('\\', '/')] = text;
        return new TemplateSet(displayRoot, merged);
    }

    internal string? Read(string relativePath) => Files.GetValueOrDefault(relativePath.Replace('\\', '/'));

    /// <summary>Parsed templates, once per set and path: a batch of reports parses each template once (Scriban templates are immutable once parsed and render concurrently).</summary>
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <summary>Table descriptions, read once per set and path (with what reading them found).</summary>
    private readonly ConcurrentDictionary<string, Lazy<(Tables.TableTemplate?, IReadOnlyList<Diagnostic>)>> _tables = new(StringComparer.Ordinal);

    private (ReportManifest?, IReadOnlyList<Diagnostic>)? _manifest;
    private readonly Lock _manifestLock = new();

    /// <summary>The manifest and what reading it found, computed once per set by <paramref name="read"/>.</summary>
    internal (ReportManifest? Manifest, IReadOnlyList<Diagnostic> Findings) Manifest(Func<TemplateSet, (ReportManifest?, IReadOnlyList<Diagnostic>)> read)
    {
        lock (_manifestLock)
        {
            _manifest ??= read(this);
            return _manifest.Value;
        }
    }

    /// <summary>The template at <paramref name="relativePath"/>, parsed (with its errors, if any) once.</summary>
    internal Template Parse(string relativePath) =>
        _parsed.GetOrAdd(relativePath, path => Template.Parse(Read(path) ?? "", DisplayPath(path), new ParserOptions { ParseFloatAsDecimal = true }));

    /// <summary>The table description at <paramref name="relativePath"/>, read once per set; its findings are replayed into each report's bag.</summary>
    internal (Tables.TableTemplate? Table, IReadOnlyList<Diagnostic> Findings) Table(string relativePath) =>
        _tables.GetOrAdd(relativePath, path => new(() => Tables.TableTemplateReader.Read(DisplayPath(path), Read(path) ?? ""))).Value;

    internal string DisplayPath(string relativePath) => $"{DisplayRoot.TrimEnd('/', '\\')}/{relativePath}";

    private static TemplateSet LoadEmbedded()
    {
        var assembly = typeof(TemplateSet).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files[name[ResourcePrefix.Length..]] = reader.ReadToEnd();
        }

        return new TemplateSet("templates", files);
    }
}
