using System.Globalization;
using System.Text.RegularExpressions;
using PerfReport.Diagnostics;
using PerfReport.Rendering.Docx;
using PerfReport.Syntax;
using PerfReport.Text;
using Scriban;
using Scriban.Parsing;
using SourceSpan = PerfReport.Text.SourceSpan;

namespace PerfReport.Rendering.Tables;

/// <summary>
/// A table description (<c>templates/tables/*.table.yaml</c>): the grid, the font, the rows and cells with Scriban
/// texts, the row loops and conditions, the merges and the pagination hints. Read once per template set
/// (<see cref="TemplateSet.Table"/>); <see cref="TableTemplateRenderer"/> fills it with one report's data.
/// </summary>
internal sealed record TableTemplate(
    string FilePath,
    Template? Title,
    string? SplitName,
    int Columns,
    IReadOnlyList<int> Stretch,
    TableFontSize FontSize,
    string ContinuedSuffix,
    IReadOnlyList<RowItem> Rows)
{
    /// <summary>The table prints the file's 自评表 (<c>needs: self_evaluation</c>): a file without one, or without indicators, is incomplete.</summary>
    public bool NeedsSelfEvaluation { get; init; }
}

/// <summary>A row or a loop of rows, shown only when its condition holds.</summary>
internal abstract record RowItem(SourceSpan Span, string Where, Template? If);

/// <summary>One row of the table.</summary>
internal sealed record RowTemplate(SourceSpan Span, string Where, Template? If, IReadOnlyList<CellTemplate> Cells, bool KeepWithNext, bool MaySplit, bool RepeatOnNewPage)
    : RowItem(Span, Where, If);

/// <summary>Rows repeated for each item of a list (<c>for: p in basic_data.special_projects</c>).</summary>
internal sealed record LoopTemplate(SourceSpan Span, string Where, Template? If, string Variable, Template Items, IReadOnlyList<RowItem> Rows, int? KeepTogetherUpTo, int KeepLastWithNext)
    : RowItem(Span, Where, If);

/// <summary>How a cell merges with the cells above it.</summary>
internal enum CellMerge
{
    None,
    Restart,
    Continue,
    Equal,
    Per,
}

/// <summary>One cell of a row template.</summary>
internal sealed record CellTemplate(SourceSpan Span, string Where, Template? Text, int ColumnSpan, TextAlignment Alignment, bool Bold, CellMerge Merge, string? MergePer, int? SplitIfLongerThan);

/// <summary>Reads a table description, reporting every problem (PR9202 for the description, PR9203 for its Scriban texts).</summary>
internal sealed partial class TableTemplateReader
{
    private static readonly string[] TableKeys = ["title", "split_name", "columns", "stretch", "font", "continued_suffix", "needs", "rows"];
    private static readonly string[] RowKeys = ["cells", "if", "keep_with_next", "may_split", "repeat_on_new_page"];
    private static readonly string[] LoopKeys = ["for", "rows", "if", "keep_together_up_to", "keep_last_with_next"];
    private static readonly string[] CellKeys = ["text", "span", "align", "bold", "merge", "split_if_longer"];

    private readonly DiagnosticBag _bag;
    private readonly string _path;
    private int _columns;
    private int _repeatRows;
    private bool _repeatEnded;

    private TableTemplateReader(DiagnosticBag bag)
    {
        _bag = bag;
        _path = bag.FilePath;
    }

    /// <summary>The description and what reading it found (its findings are replayed into each report's bag).</summary>
    public static (TableTemplate? Table, IReadOnlyList<Diagnostic> Findings) Read(string displayPath, string text)
    {
        var bag = new DiagnosticBag(displayPath);
        var root = YamlLoader.Load(SourceText.From(displayPath, text), bag);
        var table = bag.HasErrors ? null : new TableTemplateReader(bag).Table(root);
        return (bag.HasErrors ? null : table, bag.ToSortedList());
    }

    private TableTemplate? Table(YamlNode? root)
    {
        if (root is not YamlMapping m)
        {
            Problem(root?.Span ?? SourceSpan.FileStart, "表格描述应是一个映射（title、columns、rows 等）");
            return null;
        }

        Keys(m, TableKeys, "表格描述");
        var title = Get(m, "title") is { } t ? TextTemplate(t, "title") : null;
        var splitName = Get(m, "split_name") is { } s ? Scalar(s, "split_name") : null;
        var columns = Get(m, "columns") is { } c ? Number(c, "columns", 1, 63) : null;
        if (columns is null)
        {
            if (Get(m, "columns") is null) Problem(m.Span, "缺少 columns（表格的列数）");
            return null;
        }

        _columns = columns.Value;
        var stretch = new List<int>();
        if (Get(m, "stretch") is { } st)
        {
            if (st is YamlSequence seq)
            {
                foreach (var item in seq.Items)
                    if (Number(item, "stretch 的每一项", 1, _columns) is { } n) stretch.Add(n - 1);
            }
            else
            {
                Problem(st.Span, "stretch 应是列号的列表，如 [1] 或 [4, 9, 10]");
            }
        }

        var font = TableFontSize.Wuhao;
        if (Get(m, "font") is { } f)
        {
            switch (Scalar(f, "font"))
            {
                case "五号": font = TableFontSize.Wuhao; break;
                case "小五": font = TableFontSize.Xiaowu; break;
                case { } other: Problem(f.Span, $"font 应为 五号 或 小五，而不是 \"{other}\""); break;
            }
        }

        var needsSelfEvaluation = false;
        if (Get(m, "needs") is { } nd)
        {
            switch (Scalar(nd, "needs"))
            {
                case "self_evaluation": needsSelfEvaluation = true; break;
                case { } other: Problem(nd.Span, $"needs 应为 self_evaluation（本表印出文件中的自评表），而不是 \"{other}\""); break;
            }
        }

        var suffix = Get(m, "continued_suffix") is { } cs ? Scalar(cs, "continued_suffix") ?? "" : "（续）";
        var rows = Get(m, "rows") is { } r ? Rows(r, "", []) : null;
        if (rows is null && Get(m, "rows") is null) Problem(m.Span, "缺少 rows（表格的各行）");
        return rows is null ? null : new TableTemplate(_path, title, splitName, _columns, stretch, font, suffix, rows) { NeedsSelfEvaluation = needsSelfEvaluation };
    }

    private List<RowItem>? Rows(YamlNode node, string parent, IReadOnlyList<string> loops)
    {
        if (node is not YamlSequence seq)
        {
            Problem(node.Span, "rows 应是各行的列表（每行写 cells，或写 for 和 rows 重复若干行）");
            return null;
        }

        var rows = new List<RowItem>();
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var where = parent.Length == 0 ? $"第{i + 1}行" : $"{parent}中的第{i + 1}行";
            if (seq.Items[i] is not YamlMapping m)
            {
                Problem(seq.Items[i].Span, $"{where}应是一个映射（cells，或 for 和 rows）");
                continue;
            }

            var condition = Get(m, "if") is { } c ? ExpressionTemplate(c, $"{where}的 if") : null;
            if (Get(m, "for") is { } f)
            {
                Keys(m, LoopKeys, where);
                if (Loop(m, f, where, condition, loops) is { } loop) rows.Add(loop);
            }
            else if (Get(m, "cells") is { } cells)
            {
                Keys(m, RowKeys, where);
                var repeat = Flag(m, "repeat_on_new_page", where);
                if (repeat)
                {
                    if (loops.Count > 0 || condition is not null) Problem(Get(m, "repeat_on_new_page")!.Span, $"{where}：repeat_on_new_page 只能写在 for 循环之外、没有 if 的行上");
                    else if (_repeatEnded) Problem(Get(m, "repeat_on_new_page")!.Span, $"{where}：写 repeat_on_new_page 的行应是相连的几行");
                    _repeatRows++;
                }
                else if (_repeatRows > 0)
                {
                    _repeatEnded = true;
                }

                var cellList = Cells(cells, where, loops);
                if (cellList is not null)
                    rows.Add(new RowTemplate(m.Span, where, condition, cellList, Flag(m, "keep_with_next", where), Flag(m, "may_split", where), repeat));
            }
            else
            {
                Problem(m.Span, $"{where}应写 cells（各格），或写 for 和 rows（重复的行）");
            }
        }

        return rows;
    }

    private LoopTemplate? Loop(YamlMapping m, YamlNode f, string where, Template? condition, IReadOnlyList<string> loops)
    {
        var text = Scalar(f, $"{where}的 for");
        if (text is null) return null;
        var match = ForPattern().Match(text);
        if (!match.Success)
        {
            Problem(f.Span, $"{where}的 for 应写成“变量 in 列表”，如 p in basic_data.special_projects，而不是 \"{text}\"");
            return null;
        }

        var variable = match.Groups[1].Value;
        var items = Parse(match.Groups[2].Value, f.Span, $"{where}的 for", expression: true);
        var loopWhere = $"{where}（for {variable}）";
        var inner = Get(m, "rows") is { } r ? Rows(r, loopWhere, [.. loops, variable]) : null;
        if (Get(m, "rows") is null) Problem(m.Span, $"{where}：for 循环缺少 rows（要重复的行）");
        var together = Get(m, "keep_together_up_to") is { } t ? Number(t, $"{where}的 keep_together_up_to", 1, 1000) : null;
        var last = Get(m, "keep_last_with_next") is { } l ? Number(l, $"{where}的 keep_last_with_next", 0, 1000) ?? 0 : 0;
        return items is null || inner is null ? null : new LoopTemplate(m.Span, where, condition, variable, items, inner, together, last);
    }

    private List<CellTemplate>? Cells(YamlNode node, string where, IReadOnlyList<string> loops)
    {
        if (node is not YamlSequence seq)
        {
            Problem(node.Span, $"{where}的 cells 应是各格的列表");
            return null;
        }

        var cells = new List<CellTemplate>();
        var width = 0;
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var cellWhere = $"{where} 第{i + 1}格";
            var item = seq.Items[i];
            if (item is YamlScalar s)
            {
                // A cell written as its text alone: centred, one column.
                cells.Add(new CellTemplate(s.Span, cellWhere, s.IsNull ? null : Parse(s.Value, s.Span, cellWhere, expression: false), 1, TextAlignment.Center, false, CellMerge.None, null, null));
                width++;
                continue;
            }

            if (item is not YamlMapping m)
            {
                Problem(item.Span, $"{cellWhere}应是文字，或写 text、span、align、merge 等的映射");
                continue;
            }

            Keys(m, CellKeys, cellWhere);
            var span = Get(m, "span") is { } sp ? Number(sp, $"{cellWhere}的 span", 1, _columns) ?? 1 : 1;
            var align = TextAlignment.Center;
            if (Get(m, "align") is { } a)
            {
                switch (Scalar(a, $"{cellWhere}的 align"))
                {
                    case "left": align = TextAlignment.Left; break;
                    case "center": align = TextAlignment.Center; break;
                    case "right": align = TextAlignment.Right; break;
                    case { } other: Problem(a.Span, $"{cellWhere}的 align 应为 left、center 或 right，而不是 \"{other}\""); break;
                }
            }

            var merge = CellMerge.None;
            string? per = null;
            if (Get(m, "merge") is { } mg && Scalar(mg, $"{cellWhere}的 merge") is { } mergeText)
            {
                var perMatch = PerPattern().Match(mergeText);
                if (mergeText == "restart") merge = CellMerge.Restart;
                else if (mergeText == "continue") merge = CellMerge.Continue;
                else if (mergeText == "equal") merge = CellMerge.Equal;
                else if (perMatch.Success && loops.Contains(perMatch.Groups[1].Value))
                {
                    merge = CellMerge.Per;
                    per = perMatch.Groups[1].Value;
                }
                else if (perMatch.Success) Problem(mg.Span, $"{cellWhere}的 merge: {mergeText} 中的 {perMatch.Groups[1].Value} 不是外层 for 循环的变量（可用：{(loops.Count == 0 ? "无" : string.Join("、", loops))}）");
                else Problem(mg.Span, $"{cellWhere}的 merge 应为 restart、continue、equal 或“per 循环变量”，而不是 \"{mergeText}\"");
            }

            var textNode = Get(m, "text");
            if (merge == CellMerge.Continue && textNode is not null) Problem(textNode.Span, $"{cellWhere}：merge: continue 的格延续上一行的格，不能再写 text");
            var text = textNode is YamlScalar { IsNull: false } ts ? Parse(ts.Value, ts.Span, cellWhere, expression: false)
                : textNode is null or YamlScalar ? null
                : Invalid(textNode, $"{cellWhere}的 text 应是文字");
            var splitIf = Get(m, "split_if_longer") is { } sl ? Number(sl, $"{cellWhere}的 split_if_longer", 1, 100_000) : null;
            cells.Add(new CellTemplate(m.Span, cellWhere, text, span, align, Flag(m, "bold", cellWhere), merge, per, splitIf));
            width += span;
        }

        if (width != _columns && cells.Count == seq.Items.Count)
            Problem(seq.Span, $"{where}各格的 span 之和为 {width}，应等于 columns（{_columns}）");
        return cells;
    }

    private Template? Invalid(YamlNode node, string message)
    {
        Problem(node.Span, message);
        return null;
    }

    private Template? TextTemplate(YamlNode node, string what) =>
        node is YamlScalar s ? Parse(s.Value, s.Span, what, expression: false) : Invalid(node, $"{what} 应是文字");

    private Template? ExpressionTemplate(YamlNode node, string what) =>
        node is YamlScalar s ? Parse(s.Value, s.Span, what, expression: true) : Invalid(node, $"{what} 应是一个条件，如 self_evaluation.sub_rows.present");

    /// <summary>A Scriban text (a cell) or expression (a loop's list, a condition), parsed once; its errors are PR9203 at the value.</summary>
    private Template? Parse(string text, SourceSpan at, string what, bool expression)
    {
        var template = Template.Parse(
            text,
            _path,
            new ParserOptions { ParseFloatAsDecimal = true },
            expression ? new LexerOptions { Mode = ScriptMode.ScriptOnly } : null);
        if (!template.HasErrors) return template;
        foreach (var message in template.Messages)
            _bag.Report(DiagnosticDescriptors.TableTemplateText, at, "", $"{what}的 {Quote(text)}：{WordTemplates.ScribanMessages.Translate(message.Message)}");
        return null;
    }

    internal static string Quote(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static YamlNode? Get(YamlMapping m, string key) => m.Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    private void Keys(YamlMapping m, string[] known, string where)
    {
        foreach (var (key, _) in m.Entries)
            if (!known.Contains(key.Value)) Problem(key.Span, $"{where}中有未知的键 {key.Value}（可用：{string.Join("、", known)}）");
    }

    private string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } s) return s.Value;
        Problem(node.Span, $"{what} 应是一个值");
        return null;
    }

    private int? Number(YamlNode node, string what, int min, int max)
    {
        if (node is YamlScalar s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Problem(node.Span, $"{what} 应是 {min} 到 {max} 之间的整数");
        return null;
    }

    private bool Flag(YamlMapping m, string key, string where)
    {
        if (Get(m, key) is not { } node) return false;
        if (node is YamlScalar { Value: "true" }) return true;
        if (node is YamlScalar { Value: "false" }) return false;
        Problem(node.Span, $"{where}的 {key} 应为 true 或 false");
        return false;
    }

    private void Problem(SourceSpan span, string message) => _bag.Report(DiagnosticDescriptors.TableTemplateProblem, span, "", message);

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*)\s+in\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ForPattern();

    [GeneratedRegex(@"^per\s+([A-Za-z_][A-Za-z0-9_]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PerPattern();
}
