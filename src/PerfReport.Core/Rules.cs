using PerfReport.Diagnostics;
using PerfReport.Validation;

namespace PerfReport;

/// <summary>Every diagnostic the tool can give: the loader's and binder's codes and every validation rule, by code.</summary>
public static class Rules
{
    /// <summary>All descriptors, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = DiagnosticDescriptors.All
        .Concat(RuleCatalog.All.Select(r => r.Descriptor))
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Codes once published and then withdrawn, with the reason (in Chinese: <c>perfreport explain</c> prints it).
    /// A retired code never comes back with another meaning; a test keeps every code here out of <see cref="All"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Retired { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PR4112"] = "“全年预算数为 0，执行率无法计算”与 PR3003（比率的基数为 0）重复，已并入 PR3003",
        ["PR4114"] = "“指标值是文字而实际完成值是数字”与 PR4004（年度指标值与实际完成值一个是数字、一个是文字）重复，已并入 PR4004",
    };

    /// <summary>The descriptor of a code (case-insensitive), or null.</summary>
    public static DiagnosticDescriptor? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The rule table as Markdown (the README's table is this text, and a test keeps them equal).</summary>
    public static string Markdown()
    {
        var lines = new List<string> { "| 编号 | 级别 | 类别 | 问题 |", "| --- | --- | --- | --- |" };
        lines.AddRange(All.Select(d => $"| {d.Id} | {SeverityName(d.DefaultSeverity)} | {CategoryName(d.Category)} | {d.Title} |"));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The Chinese name of a severity.</summary>
    public static string SeverityName(Severity severity) => severity == Severity.Error ? "错误" : "警告";

    /// <summary>The Chinese name of a category.</summary>
    public static string CategoryName(RuleCategory category) => category switch
    {
        RuleCategory.Yaml => "YAML",
        RuleCategory.Schema => "字段",
        RuleCategory.Sums => "合计",
        RuleCategory.Percentages => "比率与一致性",
        RuleCategory.Indicators => "指标与得分",
        RuleCategory.Text => "文字",
        _ => "输出",
    };
}
