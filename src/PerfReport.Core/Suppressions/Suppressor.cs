using System.Text.RegularExpressions;
using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Syntax;
using PerfReport.Text;

namespace PerfReport.Suppressions;

/// <summary>
/// Applies the findings a department has accepted: an inline comment <c># perfreport: ignore PR3050 原因：……</c> on the
/// line a warning points at, or an entry of the file's <c>suppressions:</c> list (code, YAML path, reason) whose path is
/// the warning's path or a parent of it (<c>performance</c> covers <c>performance.summary</c> and
/// <c>performance.achievements[0].text</c>). Only warnings can be suppressed; a suppression without a reason does not
/// work (PR1030) and one that matches no warning is itself a warning (PR1031).
/// </summary>
internal static partial class Suppressor
{
    private sealed record Directive(string Code, string? Reason, SourceSpan At, string YamlPath, string Where, Func<Diagnostic, bool> Covers);

    /// <summary>Returns the diagnostics that stay and those suppressed (with their reason); reports PR1030/PR1031 into <paramref name="bag"/>.</summary>
    public static (IReadOnlyList<Diagnostic> Active, IReadOnlyList<Diagnostic> Suppressed) Apply(
        SourceText source, Evaluation? model, DiagnosticBag bag)
    {
        // The directives first: reading them reports PR1030 and PR1031 for the malformed ones into the bag.
        var directives = Inline(source, bag).Concat(FromList(model, bag)).ToList();
        var found = bag.ToSortedList();
        if (directives.Count == 0) return (found, []);

        var reasons = new Dictionary<Diagnostic, string>(ReferenceEqualityComparer.Instance);
        foreach (var directive in directives)
        {
            var matched = found.Where(d => d.Id == directive.Code && directive.Covers(d)).ToList();
            var warnings = matched.Where(d => d.Severity == Severity.Warning).ToList();
            if (warnings.Count == 0)
            {
                bag.Report(DiagnosticDescriptors.SuppressionUnused, directive.At, directive.YamlPath, directive.Code, directive.Where, WhyUnused(directive.Code, matched));
                continue;
            }

            if (directive.Reason is null) continue;
            foreach (var d in warnings) reasons.TryAdd(d, directive.Reason);
        }

        var all = bag.ToSortedList();
        var active = all.Where(d => !reasons.ContainsKey(d)).ToList();
        var suppressed = all.Where(reasons.ContainsKey).Select(d => d with { SuppressionReason = reasons[d] }).ToList();
        return (active, suppressed);
    }

    private static string WhyUnused(string code, List<Diagnostic> matched) =>
        matched.Count > 0 ? $"（那里的 {code} 是错误，错误不能抑制，只能改正）"
        : Rules.Find(code) is null ? $"（没有 {code} 这个编号，编号见 perfreport rules）"
        : "";

    /// <summary>The <c># perfreport: ignore …</c> comments; a directive without codes or reason is reported here.</summary>
    private static IEnumerable<Directive> Inline(SourceText source, DiagnosticBag bag)
    {
        // Most files have no directive (though many mention perfreport, in the $schema modeline): skip the second
        // scan of the YAML unless the directive's words occur somewhere.
        if (!DirectiveWords().IsMatch(source.Content)) yield break;
        foreach (var comment in YamlComments.Read(source.Content))
        {
            var m = DirectivePattern().Match(comment.Text);
            if (!m.Success) continue;

            // A directive may follow a remark ("# 项目支出 # perfreport: ignore …"); a "#" after it starts a remark of its own.
            var rest = m.Groups["rest"].Value;
            var hash = rest.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0) rest = rest[..hash];
            var parsed = CodesPattern().Match(rest);
            var codes = parsed.Groups["code"].Captures.Select(c => c.Value.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
            var at = SourceSpan.At(comment.Line, comment.Column);
            var where = $"（第 {comment.Line} 行）";
            if (codes.Count == 0)
            {
                bag.Report(DiagnosticDescriptors.SuppressionUnused, at, "", "“perfreport: ignore”", where, "：注释中没有写出问题编号，应写成“# perfreport: ignore PR3050 原因：……”");
                continue;
            }

            var reason = ReasonPattern().Match(rest[parsed.Length..]) is { Success: true } r && r.Groups["reason"].Value.Trim() is { Length: > 0 } text ? text : null;
            if (reason is null)
                bag.Report(DiagnosticDescriptors.SuppressionWithoutReason, at, "", string.Join("、", codes), "在编号后写“原因：……”");
            var line = comment.Line;
            foreach (var code in codes)
                yield return new Directive(code, reason, at, "", where, d => d.Span.Line == line);
        }
    }

    /// <summary>The entries of <c>suppressions:</c>; one without a reason is reported here.</summary>
    private static IEnumerable<Directive> FromList(Evaluation? model, DiagnosticBag bag)
    {
        if (model is null) yield break;
        for (var i = 0; i < model.Suppressions.Count; i++)
        {
            var entry = model.Suppressions[i];
            if (entry.Code is not { } code || entry.Path is not { } path) continue; // PR1001 already says what is missing
            var id = code.Value.Trim().ToUpperInvariant();
            var reason = entry.Reason?.Value.Trim() is { Length: > 0 } text ? text : null;
            if (reason is null)
                bag.Report(DiagnosticDescriptors.SuppressionWithoutReason, entry.Reason?.Span ?? code.Span, $"suppressions[{i}]", id, "写 reason 字段");
            var prefix = path.Value.Trim();
            yield return new Directive(id, reason, code.Span, code.Path, $"（路径 {prefix}）", d => Covers(prefix, d.YamlPath));
        }
    }

    /// <summary>True when <paramref name="prefix"/> is the path itself or a parent of it (whole segments only).</summary>
    internal static bool Covers(string prefix, string path) =>
        prefix.Length > 0
        && path.StartsWith(prefix, StringComparison.Ordinal)
        && (path.Length == prefix.Length || path[prefix.Length] is '.' or '[');

    [GeneratedRegex(@"(?:^|(?<=\s)#)\s*perfreport\s*[:：]\s*ignore\b(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DirectivePattern();

    /// <summary>The words every <see cref="DirectivePattern"/> match contains, looked for in the whole text.</summary>
    [GeneratedRegex(@"perfreport\s*[:：]\s*ignore\b", RegexOptions.IgnoreCase)]
    private static partial Regex DirectiveWords();

    [GeneratedRegex(@"^(?:[\s,，、]*(?<code>[Pp][Rr]\d{4})\b)*[\s,，、]*")]
    private static partial Regex CodesPattern();

    [GeneratedRegex(@"^(?:原因|理由|reason)\s*[:：]\s*(?<reason>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ReasonPattern();
}
