using System.Text;
using System.Xml.Linq;
using PerfReport.Diagnostics;
using Scriban;
using Scriban.Parsing;
using static PerfReport.Rendering.WordTemplates.WordXml;

namespace PerfReport.Rendering.WordTemplates;

/// <summary>A template problem found before any report is built: which code and the message's argument.</summary>
internal sealed record TemplateProblem(DiagnosticDescriptor Descriptor, string Message);

/// <summary>
/// One part of a Word template (the document, a header, a footer) turned into one Scriban template over its XML: each
/// tag's run is normalised, expression tags stay where they are, and block tags move to the element they repeat or
/// keep: the run (opener and end in one paragraph), the paragraph (each alone in its paragraph of one body, cell or
/// text box) or the table row (in rows of one table). The rest of the XML is literal text of the template.
/// </summary>
internal sealed class PartCompiler
{
    private const char MarkStart = '\uE010';
    private const char MarkEnd = '\uE011';

    private readonly List<TemplateTag> _tags = [];
    private readonly List<TemplateProblem> _problems = [];

    private PartCompiler()
    {
    }

    /// <summary>The part compiled; its <see cref="CompiledPart.Problems"/> say why it cannot be used, if it cannot.</summary>
    public static CompiledPart Compile(string entryName, string label, XDocument document)
    {
        var compiler = new PartCompiler();
        var root = document.Root!;
        var unclosed = new List<(XElement Paragraph, string Text)>();
        var found = RunNormalizer.Normalize(root, unclosed);
        var places = new Places(label, root);
        foreach (var (paragraph, text) in unclosed)
            compiler.Structure($"{places.Of(paragraph)}的 “{Shorten(text)}” 缺少结尾的 }}}}");
        for (var i = 0; i < found.Count; i++) compiler._tags.Add(new TemplateTag(found[i], i, places.Of(found[i].Paragraph)));
        if (found.Count == 0) return new CompiledPart(entryName, null, [], [], compiler._problems);

        var blocks = compiler.Pair();
        foreach (var merge in compiler._tags.Where(t => t.Kind == TagKind.Merge && !t.Paragraph.Ancestors(Tc).Any()))
            compiler.Structure($"{merge.Describe()}：merge 只能用在表格单元格中（把上下相邻、内容相同的单元格合并）");
        if (compiler._problems.Count > 0) return new CompiledPart(entryName, null, [], [], compiler._problems);
        var placed = blocks.Select(compiler.Place).ToList();
        if (compiler._problems.Count > 0) return new CompiledPart(entryName, null, [], [], compiler._problems);
        compiler.Mark(placed.SelectMany(p => p).ToList());
        if (compiler._problems.Count > 0) return new CompiledPart(entryName, null, [], [], compiler._problems);

        var (source, spans) = compiler.Generate(root);
        if (compiler._problems.Count > 0) return new CompiledPart(entryName, null, [], [], compiler._problems);
        var template = Template.Parse(source, entryName, new ParserOptions { ParseFloatAsDecimal = true });
        var part = new CompiledPart(entryName, template, spans, LineStarts(source), compiler._problems);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                var tag = part.TagAt(m.Span);
                compiler._problems.Add(new TemplateProblem(DiagnosticDescriptors.WordTemplateTag, tag is null ? ScribanMessages.Translate(m.Message) : $"{tag.Describe()}：{ScribanMessages.Translate(m.Message)}"));
            }
        }

        return part;
    }

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;

    private void Structure(string message) => _problems.Add(new TemplateProblem(DiagnosticDescriptors.WordTemplateStructure, message));

    /// <summary>A block: its opener, dividers and end.</summary>
    private sealed record Block(TemplateTag Open, List<TemplateTag> Middles, TemplateTag Close);

    /// <summary>Pairs openers with their end, in document order.</summary>
    private List<Block> Pair()
    {
        var blocks = new List<Block>();
        var stack = new Stack<(TemplateTag Open, List<TemplateTag> Middles)>();
        foreach (var tag in _tags)
        {
            switch (tag.Kind)
            {
                case TagKind.Open:
                    stack.Push((tag, []));
                    break;
                case TagKind.Middle when stack.Count == 0:
                    Structure($"{tag.Describe()} 不在任何 {{{{ if }}}} 或 {{{{ case }}}} 之中");
                    break;
                case TagKind.Middle:
                    stack.Peek().Middles.Add(tag);
                    break;
                case TagKind.Close when stack.Count == 0:
                    Structure($"{tag.Describe()} 没有对应的开头（{{{{ for }}}}、{{{{ if }}}} 等）；请删去它，或补上开头");
                    break;
                case TagKind.Close:
                    var (open, middles) = stack.Pop();
                    blocks.Add(new Block(open, middles, tag));
                    break;
            }
        }

        foreach (var (open, _) in stack.Reverse())
            Structure($"{open.Describe()} 没有对应的 {{{{ end }}}}；请在要重复或选择的内容之后写 {{{{ end }}}}");
        return blocks;
    }

    /// <summary>Where a block tag goes in the generated template.</summary>
    private enum Placement
    {
        /// <summary>In place of its run (a block inside one paragraph).</summary>
        Run,

        /// <summary>In place of its paragraph.</summary>
        Paragraph,

        /// <summary>Before its table row (an opener or divider of rows); its run is removed.</summary>
        BeforeRow,

        /// <summary>After its table row (the end of rows); its run is removed.</summary>
        AfterRow,
    }

    private List<(TemplateTag Tag, Placement Placement)> Place(Block block)
    {
        var all = new List<TemplateTag> { block.Open };
        all.AddRange(block.Middles);
        all.Add(block.Close);
        if (all.All(t => t.Paragraph == block.Open.Paragraph)) return all.Select(t => (t, Placement.Run)).ToList();

        var container = block.Open.Paragraph.Parent;
        if (all.All(t => t.Paragraph.Parent == container))
        {
            if (all.FirstOrDefault(t => !AloneInParagraph(t)) is { } crowded)
            {
                Structure($"{crowded.Describe()}：跨段落的 {block.Open.Text} 与 {block.Close.Text} 须各自单独占一段（段中不能有别的文字）；若要在一段之内重复或选择，把开头和 {{{{ end }}}} 写在同一段中");
                return [];
            }

            return all.Select(t => (t, Placement.Paragraph)).ToList();
        }

        var openRow = RowOf(block.Open);
        var closeRow = RowOf(block.Close);
        if (openRow is not null && closeRow is not null && openRow.Parent == closeRow.Parent)
        {
            var rows = openRow.Parent!.Elements(Tr).ToList();
            var from = rows.IndexOf(openRow);
            var to = rows.IndexOf(closeRow);
            var placed = new List<(TemplateTag, Placement)> { (block.Open, Placement.BeforeRow) };
            foreach (var middle in block.Middles)
            {
                var at = RowOf(middle) is { } r && r.Parent == openRow.Parent ? rows.IndexOf(r) : -1;
                if (at <= from || at > to)
                {
                    Structure($"{middle.Describe()}：按表格行选择时，{middle.Text} 须写在 {block.Open.Text} 之后、{block.Close.Text} 所在行或之前的另一行中；其后的行（到 {{{{ end }}}} 所在行为止）是另一分支");
                    return [];
                }

                placed.Add((middle, Placement.BeforeRow));
            }

            placed.Add((block.Close, Placement.AfterRow));
            return placed;
        }

        Structure($"{block.Open.Describe()} 与{block.Close.Describe()} 不在同一段落、同一单元格或同一表格中：循环和条件不能跨越表格单元格的边界；请把它们写在同一表格行中（重复该行）、同一单元格中，或都写在表格之外");
        return [];
    }

    private static XElement? RowOf(TemplateTag tag) => tag.Paragraph.Ancestors(Tr).FirstOrDefault();

    private static bool AloneInParagraph(TemplateTag tag) =>
        string.Concat(OwnTexts(tag.Paragraph).Select(t => t.Value)).Trim() == tag.Text.Trim()
        && !tag.Paragraph.Descendants(W + "drawing").Any(d => ParagraphOf(d) == tag.Paragraph)
        && !tag.Paragraph.Descendants(W + "pict").Any(d => ParagraphOf(d) == tag.Paragraph);

    private static string Marker(int order) => $"{MarkStart}{order}{MarkEnd}";

    /// <summary>Replaces each tag by its marker where its code goes in the generated template.</summary>
    private void Mark(List<(TemplateTag Tag, Placement Placement)> blockTags)
    {
        var placements = blockTags.ToDictionary(b => b.Tag, b => b.Placement);
        var beforeRow = new Dictionary<XElement, List<TemplateTag>>();
        var afterRow = new Dictionary<XElement, List<TemplateTag>>();
        foreach (var tag in _tags)
        {
            if (!placements.TryGetValue(tag, out var placement))
            {
                if (tag.Kind == TagKind.Merge) tag.Paragraph.Ancestors(Tc).First().SetAttributeValue(MergeMark, "1");

                var text = tag.Run.Element(T)!;
                text.Value = Marker(tag.Order);
                text.SetAttributeValue(XNamespace.Xml + "space", "preserve");
                continue;
            }

            switch (placement)
            {
                case Placement.Run:
                    tag.Run.ReplaceWith(new XText(Marker(tag.Order)));
                    break;
                case Placement.Paragraph:
                    tag.Paragraph.ReplaceWith(new XText(Marker(tag.Order)));
                    break;
                case Placement.BeforeRow:
                    Add(beforeRow, RowOf(tag)!, tag);
                    RemoveRun(tag.Run);
                    break;
                case Placement.AfterRow:
                    Add(afterRow, RowOf(tag)!, tag);
                    RemoveRun(tag.Run);
                    break;
            }
        }

        foreach (var (row, tags) in beforeRow) row.AddBeforeSelf(tags.Select(t => new XText(Marker(t.Order))));
        foreach (var (row, tags) in afterRow) row.AddAfterSelf(tags.Select(t => new XText(Marker(t.Order))));
    }

    private static void Add(Dictionary<XElement, List<TemplateTag>> map, XElement row, TemplateTag tag)
    {
        if (!map.TryGetValue(row, out var list)) map[row] = list = [];
        list.Add(tag);
    }

    private static void RemoveRun(XElement run)
    {
        var parent = run.Parent;
        run.Remove();
        if (parent is not null && parent.Name != P && !parent.Elements().Any(e => e.Name != RPr && e.Name != W + "hyperlink")) parent.Remove();
    }

    /// <summary>The part's XML with each marker replaced by its tag's code, and where each tag's code is in it.</summary>
    private (string Source, List<(int Start, int End, TemplateTag Tag)> Spans) Generate(XElement root)
    {
        var xml = root.ToString(SaveOptions.DisableFormatting);
        var source = new StringBuilder(xml.Length + 64);
        var spans = new List<(int, int, TemplateTag)>();
        var at = 0;
        while (true)
        {
            var start = xml.IndexOf(MarkStart, at);
            if (start < 0) break;
            var end = xml.IndexOf(MarkEnd, start);
            source.Append(xml, at, start - at);
            var tag = _tags[int.Parse(xml.AsSpan(start + 1, end - start - 1), System.Globalization.CultureInfo.InvariantCulture)];
            var codeStart = source.Length;
            source.Append("{{ ").Append(tag.Scriban).Append(" }}");
            spans.Add((codeStart, source.Length, tag));
            at = end + 1;
        }

        source.Append(xml, at, xml.Length - at);

        // Block tags must come out in the order they were typed; otherwise a block of rows and a block of
        // paragraphs or runs cross each other, and the generated template would pair them differently.
        var typed = _tags.Where(t => t.Kind is TagKind.Open or TagKind.Middle or TagKind.Close).ToList();
        var generated = spans.Select(s => s.Item3).Where(t => t.Kind is TagKind.Open or TagKind.Middle or TagKind.Close).ToList();
        var crossed = typed.Zip(generated).FirstOrDefault(p => p.First != p.Second);
        if (crossed.First is not null)
            Structure($"{crossed.First.Describe()} 与{crossed.Second.Describe()} 交错：按行重复的块与段落中的块不能交叉；请让每个块完整地包含在另一个块之内");
        return (source.ToString(), spans);
    }

    private static int[] LineStarts(string source)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n') starts.Add(i + 1);
        }

        return [.. starts];
    }
}

/// <summary>A compiled part: its Scriban template over the part's XML and where each tag's code lies in it.</summary>
internal sealed class CompiledPart(string entryName, Template? template, List<(int Start, int End, TemplateTag Tag)> spans, int[] lineStarts, List<TemplateProblem> problems)
{
    public string EntryName { get; } = entryName;

    /// <summary>Null when the part has no tags (it is copied as it is) or has problems.</summary>
    public Template? Template { get; } = template;

    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;

    /// <summary>The tag whose code holds the span's start, else the last tag before it.</summary>
    public TemplateTag? TagAt(SourceSpan span)
    {
        var line = Math.Clamp(span.Start.Line, 0, Math.Max(0, lineStarts.Length - 1));
        var offset = (lineStarts.Length == 0 ? 0 : lineStarts[line]) + span.Start.Column;
        TemplateTag? best = null;
        foreach (var (start, end, tag) in spans)
        {
            if (start > offset) break;
            best = tag;
            if (offset < end) break;
        }

        return best;
    }
}
