using PerfReport.Diagnostics;
using PerfReport.Syntax;
using PerfReport.Text;

namespace PerfReport.Rendering;

/// <summary>One numbered section of the narrative: its heading and the template that writes its body.</summary>
internal sealed record SectionEntry(string Heading, string Template);

/// <summary>
/// <c>templates/report.yaml</c>: the order of the report. Adding, removing or reordering a section is an edit here and
/// in the templates, never in code. Problems are PR9201 diagnostics pointing into the manifest.
/// </summary>
/// <summary>One attached table: its description (a <c>.table.yaml</c> file), with the template of the lines printed under it (说明, signature line).</summary>
internal sealed record TableEntry(string Table, string? Note);

internal sealed record ReportManifest(string Title, string Preamble, IReadOnlyList<SectionEntry> Sections, string Closing, IReadOnlyList<TableEntry> Tables)
{
    public const string FileName = "report.yaml";

    /// <summary>The names earlier manifests gave the two built-in tables, and the descriptions they now are.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownTables = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BasicDataTable"] = "tables/basic-data.table.yaml",
        ["SelfEvaluationTable"] = "tables/self-evaluation.table.yaml",
    };

    /// <summary>How a table description's file name ends.</summary>
    public const string TableSuffix = ".table.yaml";

    /// <summary>The manifest of a template set, read once per set (its findings are replayed into each report's bag).</summary>
    public static ReportManifest? Load(TemplateSet templates, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(templates);
        if (templates.Read(FileName) is null)
        {
            diagnostics.Report(DiagnosticDescriptors.ManifestProblem, SourceSpan.FileStart, "", $"模板目录中没有 {FileName}");
            return null;
        }

        var (manifest, findings) = templates.Manifest(Read);
        foreach (var d in findings) diagnostics.Add(d);
        return manifest;
    }

    private static (ReportManifest? Manifest, IReadOnlyList<Diagnostic> Findings) Read(TemplateSet templates)
    {
        var text = templates.Read(FileName)!;
        var local = new DiagnosticBag(templates.DisplayPath(FileName));
        var root = YamlLoader.Load(SourceText.From(local.FilePath, text), local) as YamlMapping;
        var reader = new ManifestReader(root, local, templates);
        var manifest = reader.Read();
        return (local.HasErrors ? null : manifest, local.ToSortedList());
    }

    private sealed class ManifestReader(YamlMapping? root, DiagnosticBag bag, TemplateSet templates)
    {
        public ReportManifest? Read()
        {
            if (root is null)
            {
                Problem(SourceSpan.FileStart, "清单应是一个映射（title、preamble、sections、closing、tables）");
                return null;
            }

            var sections = new List<SectionEntry>();
            if (Get("sections") is YamlSequence seq)
            {
                foreach (var item in seq.Items)
                {
                    var m = item as YamlMapping;
                    var heading = Scalar(m, "heading");
                    var template = TemplatePath(m, "template");
                    if (heading is not null && template is not null) sections.Add(new SectionEntry(heading, template));
                    else if (m is null) Problem(item.Span, "sections 的每一项应写 heading 和 template");
                }
            }
            else
            {
                Problem(root.Span, "缺少 sections 列表");
            }

            var tables = new List<TableEntry>();
            if (Get("tables") is YamlSequence t)
            {
                foreach (var item in t.Items)
                {
                    var m = item as YamlMapping;
                    var name = Scalar(m, "table");
                    var note = m?.Entries.Any(e => e.Key.Value == "note") == true ? TemplatePath(m, "note") : null;
                    if (name is null) continue;
                    var at = m!.Entries.First(e => e.Key.Value == "table").Value.Span;
                    if (KnownTables.TryGetValue(name, out var builtIn)) tables.Add(new TableEntry(builtIn, note));
                    else if (!name.EndsWith(TableSuffix, StringComparison.Ordinal))
                        Problem(at, $"未知的表格 \"{name}\"（应为表格描述文件的路径，如 tables/basic-data.table.yaml；或 {string.Join("、", KnownTables.Keys)}）");
                    else if (templates.Read(name) is null) Problem(at, $"找不到表格描述文件 \"{name}\"");
                    else tables.Add(new TableEntry(name, note));
                }
            }

            var title = TemplatePath(root, "title");
            var preamble = TemplatePath(root, "preamble");
            var closing = TemplatePath(root, "closing");
            return title is null || preamble is null || closing is null ? null : new ReportManifest(title, preamble, sections, closing, tables);
        }

        private YamlNode? Get(string key) => root!.Entries.FirstOrDefault(e => e.Key.Value == key).Value;

        private string? Scalar(YamlMapping? m, string key)
        {
            if (m?.Entries.FirstOrDefault(e => e.Key.Value == key).Value is YamlScalar { IsNull: false } s) return s.Value;
            Problem(m?.Span ?? SourceSpan.FileStart, $"缺少 {key}");
            return null;
        }

        private string? TemplatePath(YamlMapping? m, string key)
        {
            var path = Scalar(m, key);
            if (path is null) return null;
            if (templates.Read(path) is not null) return path;
            var at = m!.Entries.First(e => e.Key.Value == key).Value.Span;
            Problem(at, $"找不到模板文件 \"{path}\"");
            return null;
        }

        private void Problem(SourceSpan span, string message) =>
            bag.Report(DiagnosticDescriptors.ManifestProblem, span, "", message);
    }
}
