using PerfReport.Diagnostics;

namespace PerfReport.Rendering;

/// <summary>
/// The file-name suffixes of the attached tables that <c>build --split</c> writes on their own ("附表1-基础数据表"),
/// known before any report is built, so that a batch can claim every output before it writes one.
/// </summary>
public static class SplitAttachments
{
    /// <summary>The suffixes, in the manifest's order, for reports built with these templates (null: the built-in ones).</summary>
    /// <remarks>Empty when the manifest cannot be read: then no report is built, and the build reports why.</remarks>
    public static IReadOnlyList<string> Names(TemplateSet? templates)
    {
        var manifest = ReportManifest.Load(templates ?? TemplateSet.Default, new DiagnosticBag(""));
        return manifest is null ? [] : [.. manifest.Tables.Select((t, i) => Name(i + 1, templates ?? TemplateSet.Default, t.Table))];
    }

    /// <summary>The suffix of the <paramref name="number"/>th attached table: 附表N and the table's stem.</summary>
    internal static string Name(int number, TemplateSet templates, string table) => $"附表{number}-{Stem(templates, table)}";

    /// <summary>The file-name stem of an attached table written on its own: its split_name, else its file name.</summary>
    private static string Stem(TemplateSet templates, string table) =>
        templates.Table(table).Table?.SplitName ?? Path.GetFileName(table)[..^ReportManifest.TableSuffix.Length];
}
