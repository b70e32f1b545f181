using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Tests.TestKit;

/// <summary>
/// Flattens a .docx into readable text for golden files and assertions:
/// <list type="bullet">
/// <item><c>[Body Text] 正文……</c>: one line per paragraph with its style NAME (w:name, not the localized id); a
/// direct alignment is added as <c>[Body Text|center]</c>; bold runs are wrapped in <c>**</c>.</item>
/// <item><c>--- page break ---</c> before a paragraph with w:pageBreakBefore; <c>=== section break (landscape) ===</c>
/// after a paragraph that ends a section, naming the orientation of the section it ends.</item>
/// <item>Tables as grid lines <c>| a | b |</c>, one cell per grid column: <c>&lt;</c> marks a column covered by the
/// gridSpan of the cell to its left, <c>^</c> a vMerge continuation; <c>|---|</c> closes the w:tblHeader rows.</item>
/// <item>With <c>structure</c>, under each table: <c>grid:</c> the column widths, then <c>r3: c1 w=1134 vMerge=restart; c2 w=2268 span=2</c>
/// for each row: every cell's grid column, width (twips unless marked), gridSpan and vMerge.</item>
/// <item>In text: <c>↵</c> a line break, <c>⇥</c> a tab, <c>{PAGE}</c> a field by its instruction.</item>
/// <item>Finally each header/footer of the last section: <c>[footer default] — {PAGE} —</c>.</item>
/// </list>
/// </summary>
internal static class DocxText
{
    /// <summary>The document as text; with <paramref name="structure"/>, each table's cell structure under its grid lines (goldens).</summary>
    public static string Flatten(byte[] docx, bool structure = false)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("No main document part.");
        var names = StyleNames(main);
        var lines = new List<string>();
        var body = main.Document?.Body ?? throw new InvalidDataException("No body.");
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    AddParagraph(lines, p, names);
                    break;
                case Table t:
                    AddTable(lines, t, structure);
                    break;
            }
        }

        var section = body.Elements<SectionProperties>().LastOrDefault();
        foreach (var reference in section?.Elements<HeaderFooterReferenceType>() ?? [])
        {
            var part = main.GetPartById(reference.Id!.Value!);
            var root = part is HeaderPart h ? (OpenXmlElement?)h.Header : (part as FooterPart)?.Footer;
            string kind = reference is HeaderReference ? "header" : "footer";
            string type = reference.Type?.InnerText ?? "default";
            string text = string.Join("↵", root?.Elements<Paragraph>().Select(ParagraphText) ?? []);
            lines.Add($"[{kind} {type}] {text}".TrimEnd());
        }

        return string.Join("\n", lines) + "\n";
    }

    private static Dictionary<string, string> StyleNames(MainDocumentPart main)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleName?.Val?.Value is { } name)
            {
                names.TryAdd(id, name);
            }
        }

        return names;
    }

    private static void AddParagraph(List<string> lines, Paragraph p, Dictionary<string, string> names)
    {
        var properties = p.ParagraphProperties;
        if (properties?.PageBreakBefore is { } pb && (pb.Val is null || pb.Val.Value))
        {
            lines.Add("--- page break ---");
        }

        string? id = properties?.ParagraphStyleId?.Val?.Value;
        string style = id is null ? "Normal" : names.GetValueOrDefault(id, id);
        if (properties?.Justification?.Val is { } jc)
        {
            style += "|" + jc.InnerText;
        }

        lines.Add($"[{style}] {ParagraphText(p)}".TrimEnd());
        if (properties?.SectionProperties is { } section)
        {
            var size = section.GetFirstChild<PageSize>();
            bool landscape = size?.Width?.Value > size?.Height?.Value;
            lines.Add($"=== section break ({(landscape ? "landscape" : "portrait")}) ===");
        }
    }

    private static void AddTable(List<string> lines, Table table, bool structure)
    {
        int columns = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        bool previousHeader = false;
        foreach (var row in table.Elements<TableRow>())
        {
            bool header = row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;
            if (previousHeader && !header)
            {
                lines.Add("|" + string.Concat(Enumerable.Repeat("---|", columns)));
            }

            previousHeader = header;
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var tcPr = cell.TableCellProperties;
                bool continues = tcPr?.VerticalMerge is { } vm && (vm.Val is null || vm.Val.Value == MergedCellValues.Continue);
                cells.Add(continues ? "^" : string.Join("↵", cell.Elements<Paragraph>().Select(ParagraphText)).Replace("|", "\\|", StringComparison.Ordinal));
                int span = tcPr?.GridSpan?.Val?.Value ?? 1;
                cells.AddRange(Enumerable.Repeat("<", span - 1));
            }

            lines.Add(("| " + string.Join(" | ", cells) + " |").Replace("|  |", "| |", StringComparison.Ordinal));
        }

        if (structure) AddTableStructure(lines, table);
    }

    /// <summary>
    /// The structure under a table's grid lines: the grid's column widths, then per row each cell's grid column, width,
    /// gridSpan and vMerge (restart or continue), so that a swapped column, a lost merge or a changed width shows.
    /// </summary>
    private static void AddTableStructure(List<string> lines, Table table)
    {
        var grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Select(c => c.Width?.Value ?? "?") ?? [];
        lines.Add("  grid: " + string.Join(" ", grid));
        var r = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            r++;
            var column = 1;
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var tcPr = cell.TableCellProperties;
                var width = tcPr?.TableCellWidth is { } w ? (w.Width?.Value ?? "?") + (w.Type?.Value is { } t && t != TableWidthUnitValues.Dxa ? t.ToString() : "") : "-";
                var span = tcPr?.GridSpan?.Val?.Value ?? 1;
                var merge = tcPr?.VerticalMerge is { } vm ? (vm.Val?.Value == MergedCellValues.Restart ? " vMerge=restart" : " vMerge=continue") : "";
                cells.Add($"c{column} w={width}{(span > 1 ? $" span={span}" : "")}{merge}");
                column += span;
            }

            lines.Add($"  r{r}: " + string.Join("; ", cells));
        }
    }

    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        bool inFieldCode = false;
        bool inFieldResult = false;
        foreach (var run in p.Descendants<Run>())
        {
            bool bold = run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);
            var text = new StringBuilder();
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case FieldChar { FieldCharType.Value: var t } when t == FieldCharValues.Begin:
                        inFieldCode = true;
                        break;
                    case FieldChar { FieldCharType.Value: var t } when t == FieldCharValues.Separate:
                        inFieldCode = false;
                        inFieldResult = true;
                        break;
                    case FieldChar { FieldCharType.Value: var t } when t == FieldCharValues.End:
                        inFieldCode = inFieldResult = false;
                        break;
                    case FieldCode code when inFieldCode:
                        text.Append('{').Append(code.Text.Trim()).Append('}');
                        break;
                    case DocumentFormat.OpenXml.Wordprocessing.Text t when !inFieldResult:
                        text.Append(t.Text);
                        break;
                    case TabChar when !inFieldResult:
                        text.Append('⇥');
                        break;
                    case Break br when !inFieldResult:
                        text.Append(br.Type?.Value == BreakValues.Page ? "[page]" : "↵");
                        break;
                }
            }

            sb.Append(bold && text.Length > 0 ? $"**{text}**" : text.ToString());
        }

        return sb.ToString();
    }
}
