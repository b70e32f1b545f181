using PerfReport.Diagnostics;

namespace PerfReport.Rendering;

/// <summary>
/// The file-name suffixes of the attached tables that <c>build --split</c> writes on their own ("附表1-基础数据表"),
/// known before any report is built, so that a batch can claim every output before it writes one.
/// </summary>
public static class SplitAttachments
{
    /// <summary>The file-name stems of the attached tables when written on their own.</summary>
    private static readonly Dictionary<string, string> Stems = new(StringComparer.Ordinal)
    {
        ["BasicDataTable"] = "基础数据表",
        ["SelfEvaluationTable"] = "自评表",
    };

    /// <summary>The suffixes, in the manifest's order, for reports built with these templates (null: the built-in ones).</summary>
    /// <remarks>Empty when the manifest cannot be read: then no report is built, and the build reports why.</remarks>
    public static IReadOnlyList<string> Names(TemplateSet? templates)
    {
        var manifest = ReportManifest.Load(templates ?? TemplateSet.Default, new DiagnosticBag(""));
        return manifest is null ? [] : [.. manifest.Tables.Select((t, i) => Name(i + 1, t.Table))];
    }

    /// <summary>The suffix of the <paramref name="number"/>th attached table: 附表N and the table's stem.</summary>
    internal static string Name(int number, string table) => $"附表{number}-{Stems[table]}";
}
