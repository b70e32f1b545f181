using PerfReport.Model;
using PerfReport.Rendering.Docx;

namespace PerfReport.Rendering.Tables;

/// <summary>Small helpers to lay out table cells: text, spans, vertical merges.</summary>
internal static class Cells
{
    public static TableCellSpec Mid(string text, int span = 1, TextAlignment align = TextAlignment.Center, bool bold = false) =>
        new(text, span, VerticalMerge.None, align, bold);

    public static TableCellSpec Left(string text, int span = 1) => new(text, span, VerticalMerge.None, TextAlignment.Left);

    public static TableCellSpec Start(string text, int span = 1, bool bold = false) => new(text, span, VerticalMerge.Restart, TextAlignment.Center, bold);

    public static TableCellSpec Continue(int span = 1) => TableCellSpec.Continue(span);

    /// <summary>A figure cell: its amount with 2 decimals, blank when not filled in, "——" when not applicable.</summary>
    public static string Money(Cell? cell) => cell switch
    {
        { State: CellState.Value, Value: { } v } => Numbers.ReportMoney(v),
        { State: CellState.NotApplicable } => "——",
        _ => "",
    };

    /// <summary>A percent cell (values held in percent).</summary>
    public static string Percent(Cell? cell) => cell switch
    {
        { State: CellState.Value, Value: { } v } => Numbers.Percent(v),
        { State: CellState.NotApplicable } => "——",
        _ => "",
    };

    public static string Money(decimal? value) => value is { } v ? Numbers.ReportMoney(v) : "";

    public static TableRowSpec Row(params TableCellSpec[] cells) => new(cells);
}
