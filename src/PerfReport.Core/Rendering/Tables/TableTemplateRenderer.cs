using System.Collections;
using PerfReport.Rendering.Docx;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PerfReport.Rendering.Tables;

/// <summary>
/// Fills a table description with one report's data: each row's condition, each loop's list and each cell's text are
/// Scriban run against the same data as the narrative templates; the result is the table the writer lays out.
/// </summary>
internal sealed class TableTemplateRenderer
{
    private readonly TableTemplate _table;
    private readonly TemplateContext _context;
    private readonly Func<string, string> _clean;
    private readonly Action<int> _wrote;
    private readonly List<TableRowSpec> _rows = [];

    /// <summary>The loops around the row being written: each variable with the number of its current iteration.</summary>
    private readonly List<(string Variable, int Iteration)> _loops = [];

    /// <summary>For each "merge: per v" cell, the iteration of v it last started a merged cell in.</summary>
    private readonly Dictionary<CellTemplate, int> _mergedIn = [];

    /// <summary>For each grid column, the merged cell the previous row has there ("merge: equal").</summary>
    private readonly Dictionary<int, (string Text, int Span, int Row)> _mergedAbove = [];

    private int _iterations;
    private int _repeatFrom = -1;
    private int _repeatCount;

    private TableTemplateRenderer(TableTemplate table, TemplateContext context, Func<string, string> clean, Action<int> wrote)
    {
        _table = table;
        _context = context;
        _clean = clean;
        _wrote = wrote;
    }

    /// <summary>
    /// The table, or a <see cref="TableTemplateException"/> naming the row or cell whose Scriban failed. The context
    /// carries the report's data; <paramref name="clean"/> strips what must never reach a document (markers).
    /// </summary>
    public static TableSpec Render(TableTemplate table, TemplateContext context, Func<string, string> clean, Action<int> wrote)
    {
        var renderer = new TableTemplateRenderer(table, context, clean, wrote);
        var title = table.Title is null ? null : renderer.Text(table.Title, "title");
        renderer.Items(table.Rows);
        var spec = new TableSpec(ColumnWidths.Fit(table.Columns, [.. table.Stretch]), renderer._rows, 0, table.FontSize, title);
        return renderer._repeatCount > 0 ? spec with { Pages = new PageBreaks(renderer._repeatFrom, renderer._repeatCount, table.ContinuedSuffix) } : spec;
    }

    private void Items(IReadOnlyList<RowItem> items)
    {
        foreach (var item in items)
        {
            if (item.If is not null && !Holds(item.If, item)) continue;
            switch (item)
            {
                case RowTemplate row: Row(row); break;
                case LoopTemplate loop: Loop(loop); break;
            }
        }
    }

    private void Loop(LoopTemplate loop)
    {
        var value = Evaluate(loop.Items, loop, "for");
        if (value is not IEnumerable list || value is string)
            throw new TableTemplateException(loop, $"{loop.Where}的 for：{loop.Variable} in 后面应是一个列表，而它是{Describe(value)}");
        var start = _rows.Count;
        foreach (var element in list)
        {
            var scope = new ScriptObject(1);
            scope.SetValue(loop.Variable, element, readOnly: true);
            _loops.Add((loop.Variable, ++_iterations));
            _context.PushGlobal(scope);
            var first = _rows.Count;
            try
            {
                Items(loop.Rows);
            }
            finally
            {
                _context.PopGlobal();
                _loops.RemoveAt(_loops.Count - 1);
            }

            // A short run of rows stays on one page, so that its merged label is not cut for a row or two.
            if (loop.KeepTogetherUpTo is { } most && _rows.Count - first <= most)
                for (var k = first; k < _rows.Count - 1; k++) _rows[k] = _rows[k] with { KeepWithNext = true };
        }

        for (var k = Math.Max(start, _rows.Count - loop.KeepLastWithNext); k < _rows.Count; k++) _rows[k] = _rows[k] with { KeepWithNext = true };
    }

    private void Row(RowTemplate row)
    {
        var cells = new List<TableCellSpec>(row.Cells.Count);
        var maySplit = row.MaySplit;
        var column = 0;
        var index = _rows.Count;
        foreach (var cell in row.Cells)
        {
            cells.Add(Cell(cell, column, index, ref maySplit));
            column += cell.ColumnSpan;
        }

        if (row.RepeatOnNewPage)
        {
            if (_repeatCount == 0) _repeatFrom = index;
            _repeatCount++;
        }

        _rows.Add(new TableRowSpec(cells, row.KeepWithNext, maySplit));
    }

    private TableCellSpec Cell(CellTemplate cell, int column, int row, ref bool maySplit)
    {
        if (cell.Merge == CellMerge.Continue) return TableCellSpec.Continue(cell.ColumnSpan);
        var text = cell.Text is null ? "" : Text(cell.Text, cell.Where, cell);
        if (cell.SplitIfLongerThan is { } longest && text.Length > longest) maySplit = true;
        var merge = VerticalMerge.None;
        switch (cell.Merge)
        {
            case CellMerge.Restart:
                merge = VerticalMerge.Restart;
                break;
            case CellMerge.Per:
                var iteration = _loops.FindLast(l => l.Variable == cell.MergePer).Iteration;
                if (_mergedIn.TryGetValue(cell, out var last) && last == iteration) return TableCellSpec.Continue(cell.ColumnSpan);
                _mergedIn[cell] = iteration;
                merge = VerticalMerge.Restart;
                break;
            case CellMerge.Equal:
                var same = _mergedAbove.TryGetValue(column, out var above) && above.Row == row - 1 && above.Span == cell.ColumnSpan && above.Text == text;
                _mergedAbove[column] = (text, cell.ColumnSpan, row);
                if (same) return TableCellSpec.Continue(cell.ColumnSpan);
                merge = VerticalMerge.Restart;
                break;
        }

        return new TableCellSpec(text, cell.ColumnSpan, merge, cell.Alignment, cell.Bold);
    }

    private string Text(Template template, string where, CellTemplate? cell = null)
    {
        var output = Run(() => template.Render(_context), where, cell?.Span ?? default);
        _wrote(output.Length);
        return _clean(output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private bool Holds(Template condition, RowItem item) => _context.ToBool(default, Evaluate(condition, item, "if"));

    private object? Evaluate(Template expression, RowItem item, string key) =>
        Run(() => expression.Evaluate(_context), $"{item.Where}的 {key}", item.Span);

    private static T Run<T>(Func<T> run, string where, Text.SourceSpan span)
    {
        try
        {
            return run();
        }
        catch (ScriptRuntimeException e) when (e is not BudgetExceededException && TemplateRenderer.Budget(e.OriginalMessage) is null)
        {
            throw new TableTemplateException(span, $"{where}：{WordTemplates.ScribanMessages.Translate(e.OriginalMessage)}");
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "空值",
        string s => $"文字“{TableTemplateReader.Quote(s)}”",
        bool => "是/否",
        _ => "一个值",
    };
}

/// <summary>A row or cell of a table description whose Scriban failed at run time (PR9203).</summary>
internal sealed class TableTemplateException(Text.SourceSpan span, string message) : Exception(message)
{
    public TableTemplateException(RowItem item, string message)
        : this(item.Span, message)
    {
    }

    public Text.SourceSpan Span { get; } = span;
}
