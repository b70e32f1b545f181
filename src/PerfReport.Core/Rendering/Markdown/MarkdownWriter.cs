using System.Text;
using PerfReport.Rendering.Docx;

namespace PerfReport.Rendering.Markdown;

/// <summary>
/// Writes a <see cref="DocumentSpec"/> — the same blocks the .docx writer lays out — as GitHub-flavoured Markdown, for
/// reviewing a report's changes as text. Deterministic: '\n' line ends, no culture, nothing but the blocks.
/// <list type="bullet">
/// <item>Title → <c>#</c>; 一、 → <c>##</c>; （一） → <c>###</c>; 1. → <c>####</c>; （1） → <c>#####</c>;
/// the attachment label (附表1) → <c>##</c> and a table's title → <c>###</c>.</item>
/// <item>A table becomes a GFM table on its grid: a cell spanning columns (gridSpan) is repeated in each of them, and a
/// cell continuing a vertical merge repeats the text of the cell above. GFM has exactly one header row, so the first
/// row is the header whether or not the form marks it as one. Line breaks in a cell become <c>&lt;br&gt;</c>, pipes are
/// escaped.</item>
/// <item>Page and section breaks have no Markdown form and are left out; so are the "（续）" labels that only a page
/// break makes.</item>
/// </list>
/// </summary>
internal static class MarkdownWriter
{
    public static string Write(DocumentSpec document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var chunks = new List<string>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    chunks.Add(Paragraph(p));
                    break;
                case TableBlock t:
                    Table(t.Table, chunks);
                    break;
                case PageBreakBlock or SectionBreakBlock:
                    break;
                default:
                    throw new ArgumentException("Unknown block type " + block.GetType().Name + ".", nameof(document));
            }
        }

        return string.Join("\n\n", chunks.Where(c => c.Length > 0)) + "\n";
    }

    private static string Paragraph(ParagraphBlock p)
    {
        var marker = p.StyleName switch
        {
            StyleNames.Title => "# ",
            StyleNames.Heading1 or StyleNames.AttachmentLabel => "## ",
            StyleNames.Heading2 or StyleNames.TableTitle => "### ",
            StyleNames.Heading3 => "#### ",
            StyleNames.Heading4 => "##### ",
            _ => null,
        };
        if (marker is not null)
        {
            // A heading is one line: its line breaks (the title's two lines) become spaces.
            var text = string.Join(' ', string.Concat(p.Runs.Select(r => r.Text)).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            return text.Length == 0 ? "" : marker + Inline(text);
        }

        // A line break inside a paragraph is a hard break (a backslash at the end of the line).
        var body = string.Concat(p.Runs.Select(Run));
        return string.Join("\\\n", body.Split('\n').Select((line, i) => i == 0 ? LineStart(line) : LineStart(line.TrimStart())));
    }

    private static string Run(TextRun run) =>
        run.Bold && run.Text.Trim().Length > 0 ? "**" + Inline(run.Text) + "**" : Inline(run.Text);

    private static void Table(TableSpec table, List<string> chunks)
    {
        if (table.Title is { Length: > 0 } title) chunks.Add("### " + Inline(title));
        var grid = Grid(table);
        if (grid.Count > 0)
        {
            var lines = new List<string> { Line(grid[0]), Line(grid[0].Select(_ => "---")) };
            lines.AddRange(grid.Skip(1).Select(Line));
            chunks.Add(string.Join('\n', lines));
        }

        chunks.AddRange(table.Notes.Select(n => LineStart(Inline(n))));
    }

    /// <summary>The table's cells on its grid: every grid column filled, merged cells repeated.</summary>
    internal static List<string[]> Grid(TableSpec table)
    {
        var columns = table.Columns.Count;
        var grid = new List<string[]>();
        foreach (var row in table.Rows)
        {
            var cells = new string[columns];
            Array.Fill(cells, "");
            var col = 0;
            foreach (var cell in row.Cells)
            {
                var text = cell.Merge == VerticalMerge.Continue
                    ? (grid.Count > 0 && col < columns ? grid[^1][col] : "")
                    : CellText(cell);
                for (var k = 0; k < Math.Max(1, cell.ColumnSpan) && col < columns; k++, col++) cells[col] = text;
            }

            grid.Add(cells);
        }

        return grid;
    }

    private static string CellText(TableCellSpec cell)
    {
        var lines = cell.Text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => Inline(l.Trim())).Where(l => l.Length > 0);
        var text = string.Join("<br>", lines);
        return cell.Bold && text.Length > 0 ? "**" + text + "**" : text;
    }

    private static string Line(IEnumerable<string> cells) =>
        "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";

    /// <summary>Backslash-escapes the ASCII characters that would start emphasis, code, links, HTML or strike-through (pipes: <see cref="Line"/>).</summary>
    private static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '&') sb.Append('\\');
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A paragraph line that Markdown would read as a heading, list item, quote or rule, escaped; "1.工商联" (no space
    /// after the number) is no list and stays as written.
    /// </summary>
    private static string LineStart(string line)
    {
        if (line.Length == 0) return line;
        bool SpaceAt(int i) => i >= line.Length || line[i] is ' ' or '\t';
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#') hashes++;
        if (hashes > 0 && SpaceAt(hashes)) return "\\" + line;
        if (line[0] is '-' or '+' && (SpaceAt(1) || line.All(c => c == line[0]))) return "\\" + line;
        if (line[0] == '=' && line.All(c => c == '=')) return "\\" + line;
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        if (digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')' && SpaceAt(digits + 1))
            return line[..digits] + "\\" + line[digits..];
        return line;
    }
}
