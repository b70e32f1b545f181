using System.Globalization;
using PerfReport.Summary;

namespace PerfReport.Cli.Output;

/// <summary>
/// The summary as an aligned table for a terminal: columns padded by display width (CJK characters take two columns),
/// figures right-aligned with two decimals, "-" where a figure is unknown, a 合计 line at the end.
/// </summary>
internal static class SummaryText
{
    private static readonly string[] Header = ["文件", "部门", "年度", "收入合计", "支出合计", "预算执行率", "自评总分", "等级", "错误", "警告", "第一个错误"];

    /// <summary>Columns whose values are figures, aligned right.</summary>
    private static readonly bool[] Right = [false, false, true, true, true, true, true, false, true, true, false];

    public static void Write(IReadOnlyList<ReportSummary> reports, TextWriter output)
    {
        var rows = new List<string[]> { Header };
        rows.AddRange(reports.Select(Row));
        var totals = SummaryTotals.Of(reports);
        rows.Add(
        [
            string.Create(CultureInfo.InvariantCulture, $"合计（{totals.Reports} 份）"), "", "", Money(totals.IncomeTotal), Money(totals.ExpenditureTotal),
            Rate(totals.ExecutionRatePercent), "", "", Count(totals.Errors), Count(totals.Warnings), "",
        ]);
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => DisplayWidth.Of(r[c]))).ToArray();
        foreach (var row in rows)
        {
            // The last column is not padded: no trailing spaces.
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : DisplayWidth.Pad(cell, widths[c], Right[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    private static string[] Row(ReportSummary r) =>
    [
        TerminalText.Escape(r.Path),
        TerminalText.Escape(r.Department ?? "-"),
        r.Year?.ToString(CultureInfo.InvariantCulture) ?? "-",
        Money(r.IncomeTotal),
        Money(r.ExpenditureTotal),
        Rate(r.ExecutionRatePercent),
        Money(r.Score),
        r.Grade ?? "-",
        Count(r.Errors),
        Count(r.Warnings),
        TerminalText.Safe(r.FirstErrorText),
    ];

    private static string Money(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";

    private static string Rate(decimal? percent) => percent is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
