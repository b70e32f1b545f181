using System.Globalization;
using System.Text.Json.Nodes;
using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Rendering.ViewModels;
using PerfReport.Syntax;
using PerfReport.Text;

namespace PerfReport.Rendering;

/// <summary>
/// Is the report complete enough to be built? The templates of the manifest are rendered against the view model,
/// whose missing figures are markers (<see cref="ReportNeeds"/>): each marker that reaches a template's text is a
/// piece the report needs (PR1014, or PR1013 for a whole part); a part whose template prints nothing, and a 自评表 without
/// indicators, is PR1013; a 三级指标 without a weight is PR1015. Each missing piece is reported once,
/// at the line of the nearest key the file has (the file's start when it has none). Template and manifest errors are
/// left to the build, which reports them.
/// </summary>
internal static class Completeness
{
    /// <summary>
    /// Reports what the report lacks; returns the templates' render when it was clean, for the build to take as it is
    /// (<see cref="ReportTexts.Reusable"/>), else null.
    /// </summary>
    public static ReportTexts? Check(YamlNode root, Evaluation model, Scoring.ScoreSheet? sheet, CompilationOptions options, DiagnosticBag diagnostics)
    {
        var found = new List<(Need Need, string Place)>();
        var templates = options.Templates ?? TemplateSet.Default;
        var scratch = new DiagnosticBag(diagnostics.FilePath);
        var manifest = ReportManifest.Load(templates, scratch);
        var texts = manifest is null ? null : RenderOnce(manifest, templates, model, sheet, diagnostics.FilePath);
        if (texts is { Reusable: true }) Find(manifest!, texts, model, found);
        else if (manifest is not null) Render(manifest, templates, model, sheet, scratch, found);
        var severity = options.Draft ? Severity.Warning : Severity.Error;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (need, place) in found)
        {
            if (need.Path.Length == 0)
            {
                Report(diagnostics, DiagnosticDescriptors.MissingPart, severity, SourceSpan.FileStart, "", place, need.What);
                continue;
            }

            var (piece, at) = Locate(root, need.Path);
            if (AlreadyReported(diagnostics, piece) || !reported.Add(piece)) continue;
            var what = piece == need.Path ? need.What : SchemaTitle(piece) ?? need.What;
            var hint = piece == need.Path ? need.Hint : "";
            if (need.Kind == NeedKind.Section || !piece.Contains('.', StringComparison.Ordinal))
                Report(diagnostics, DiagnosticDescriptors.MissingPart, severity, at, piece, place, $"需要“{what}”（{piece}），文件中没有{hint}");
            else
                Report(diagnostics, DiagnosticDescriptors.MissingFigure, severity, at, piece, place, what, piece, hint);
        }

        foreach (var indicator in model.SelfEvaluation?.Indicators.SelectMany(g => g.Categories).SelectMany(c => c.Indicators) ?? [])
        {
            if (indicator.Weight is null)
                Report(diagnostics, DiagnosticDescriptors.MissingIndicatorWeight, severity, indicator.Span, indicator.Path + ".weight", indicator.Name?.Value.Trim() ?? "");
        }

        return texts is { Reusable: true } ? texts : null;
    }

    /// <summary>
    /// The whole render in the build's order, into a bag of its own (template problems are the build's to report);
    /// null when it throws, which the build will meet again and report.
    /// </summary>
    private static ReportTexts? RenderOnce(ReportManifest manifest, TemplateSet templates, Evaluation model, Scoring.ScoreSheet? sheet, string filePath)
    {
        try
        {
            return ReportTexts.Render(manifest, templates, model, sheet, new DiagnosticBag(filePath));
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The pieces a clean render's texts print and the file lacks, read from the build's render.</summary>
    private static void Find(ReportManifest manifest, ReportTexts texts, Evaluation model, List<(Need, string)> found) =>
        Walk(manifest, texts.Templates, model, texts.Needs, found, (part, i) => part switch
        {
            Part.Title => texts.Title,
            Part.Preamble => texts.Preamble,
            Part.Section => texts.Sections[i],
            Part.Closing => texts.Closing,
            _ => texts.Tables[i].Note,
        });

    /// <summary>The same, rendering the texts for itself (title, preamble, sections, closing, then the notes), when the build's render was not clean.</summary>
    private static void Render(ReportManifest manifest, TemplateSet templates, Evaluation model, Scoring.ScoreSheet? sheet, DiagnosticBag scratch, List<(Need, string)> found)
    {
        var needs = new ReportNeeds();
        var view = ReportViewModelBuilder.Build(model, needs, sheet);
        var renderer = new TemplateRenderer(templates, view, scratch);
        Walk(manifest, templates, model, needs, found, (part, i) => part switch
        {
            Part.Title => renderer.Render(manifest.Title),
            Part.Preamble => renderer.Render(manifest.Preamble),
            Part.Section => renderer.Render(manifest.Sections[i].Template),
            Part.Closing => renderer.Render(manifest.Closing),
            _ => manifest.Tables[i].Note is { } note ? renderer.Render(note) : null,
        });
    }

    private enum Part
    {
        Title,
        Preamble,
        Section,
        Closing,
        Note,
    }

    /// <summary>Each part's text in the manifest's order, and the markers of missing pieces it holds; a section that prints nothing is missing as a whole.</summary>
    private static void Walk(ReportManifest manifest, TemplateSet templates, Evaluation model, ReportNeeds needs, List<(Need, string)> found, Func<Part, int, string?> text)
    {
        void Take(string? printed, string place, bool printsAPart)
        {
            if (printed is null) return;
            var (rest, hits) = needs.Take(printed);
            found.AddRange(hits.Select(h => (h, place)));
            if (printsAPart && hits.Count == 0 && string.IsNullOrWhiteSpace(rest))
                found.Add((new Need("", "没有内容：模板没有印出任何文字", "", NeedKind.Section), place));
        }

        Take(text(Part.Title, 0), "标题", false);
        Take(text(Part.Preamble, 0), "开头语", false);
        for (var i = 0; i < manifest.Sections.Count; i++)
            Take(text(Part.Section, i), $"{ChineseNumerals.Of(i + 1)}、{manifest.Sections[i].Heading}", true);
        Take(text(Part.Closing, 0), "附表目录", false);
        for (var i = 0; i < manifest.Tables.Count; i++)
        {
            var place = $"附表{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            SelfEvaluationNeeds(templates, manifest.Tables[i], model, found, place);
            Take(text(Part.Note, i), place, false);
        }
    }

    private static void SelfEvaluationNeeds(TemplateSet templates, TableEntry table, Evaluation model, List<(Need, string)> found, string place)
    {
        // 附表1 is derived from the narrative's figures when the file has no basic_data_table; 附表2 has no such source.
        // A table description says which of these it needs (needs: self_evaluation).
        var needsSelfEvaluation = templates.Table(table.Table).Table?.NeedsSelfEvaluation == true;
        if (needsSelfEvaluation && model.SelfEvaluation is null)
            found.Add((new Need("self_evaluation", "部门整体支出绩效自评表", "", NeedKind.Section), place));
        else if (needsSelfEvaluation && !model.SelfEvaluation!.Indicators.SelectMany(g => g.Categories).Any(c => c.Indicators.Count > 0))
            found.Add((new Need("self_evaluation.indicators", "绩效指标", "", NeedKind.Section), place));
    }

    /// <summary>
    /// A piece the binder has already reported — written but unreadable (PR1004 on <c>income.total</c>), or under a
    /// misspelt key (PR1003 <c>amout</c> beside the missing <c>amount</c>) — is not reported again as missing.
    /// </summary>
    private static bool AlreadyReported(DiagnosticBag bag, string piece)
    {
        var parent = piece.LastIndexOfAny(['.', '[']) is var cut and > 0 ? piece[..cut] : "";
        return bag.ToSortedList().Any(d => d.Severity == Severity.Error && (
            d.YamlPath == piece || d.YamlPath.StartsWith(piece + ".", StringComparison.Ordinal) || d.YamlPath.StartsWith(piece + "[", StringComparison.Ordinal)
            || (d.Id == DiagnosticDescriptors.UnknownField.Id && (d.YamlPath.LastIndexOf('.') is var k and > 0 ? d.YamlPath[..k] : "") == parent)));
    }

    private static void Report(DiagnosticBag bag, DiagnosticDescriptor descriptor, Severity severity, SourceSpan at, string path, params object?[] args) =>
        bag.Add(new Diagnostic(descriptor, severity, descriptor.Format(args), bag.FilePath, at, path));

    /// <summary>
    /// The missing piece a need comes down to — the shortest prefix of its path the file lacks, so that a section left
    /// out is one error, not one per figure in it — and where to report it: the line of the last key present.
    /// </summary>
    internal static (string Piece, SourceSpan At) Locate(YamlNode root, string path)
    {
        var node = root;
        var at = SourceSpan.FileStart;
        var prefix = "";
        foreach (var (segment, index) in Segments(path))
        {
            var next = prefix.Length == 0 ? segment : index is null ? $"{prefix}.{segment}" : $"{prefix}[{index}]";
            switch (node)
            {
                case YamlMapping m when index is null && m.Entries.FirstOrDefault(e => e.Key.Value == segment) is { Key: not null } e:
                    at = e.Key.Span;
                    node = e.Value;
                    break;
                case YamlSequence s when index is { } i && i < s.Items.Count:
                    at = s.Items[i].Span;
                    node = s.Items[i];
                    break;
                default:
                    return (next, at);
            }

            prefix = next;
        }

        return (path, at);
    }

    private static IEnumerable<(string Key, int? Index)> Segments(string path)
    {
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            yield return (bracket < 0 ? part : part[..bracket], null);
            if (bracket < 0) continue;
            foreach (var i in part[(bracket + 1)..].TrimEnd(']').Split("]["))
                yield return ("", int.Parse(i, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The schema as a tree, read by every report of a parallel batch: a parsed JsonObject builds its members on first
    /// access, which is not safe from two threads, so every node is visited once here, before the tree is shared.
    /// </summary>
    private static readonly Lazy<JsonObject> SchemaJson = new(() => Materialized(JsonNode.Parse(Schema.Text)!.AsObject()));

    private static JsonObject Materialized(JsonObject root)
    {
        var pending = new Stack<JsonNode?>([root]);
        while (pending.TryPop(out var node))
        {
            if (node is JsonObject o) foreach (var (_, child) in o) pending.Push(child);
            else if (node is JsonArray a) foreach (var child in a) pending.Push(child);
        }

        return root;
    }

    /// <summary>The schema's title of a field, for a piece the file lacks as a whole ("收入情况" for <c>income</c>).</summary>
    internal static string? SchemaTitle(string path)
    {
        JsonNode? node = SchemaJson.Value;
        JsonNode? property = null;
        foreach (var (key, index) in Segments(path))
        {
            node = Resolve(node);
            if (index is not null)
            {
                node = Resolve(node?["items"]);
                continue;
            }

            property = node?["properties"]?[key];
            node = property;
        }

        return property?["title"]?.GetValue<string>();
    }

    private static JsonNode? Resolve(JsonNode? node) =>
        node?["$ref"]?.GetValue<string>() is { } r && r.StartsWith("#/definitions/", StringComparison.Ordinal)
            ? SchemaJson.Value["definitions"]?[r["#/definitions/".Length..]]
            : node;
}
