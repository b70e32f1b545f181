using System.Globalization;
using PerfReport.Diagnostics;

namespace PerfReport.Summary;

/// <summary>
/// The summary as an .xlsx workbook: sheet 报告汇总 with one row per report and a 合计 row (sums as formulas with their
/// values cached, so the file shows them before any recalculation), sheet 问题清单 with every diagnostic.
/// </summary>
public static class SummaryWorkbook
{
    /// <summary>The first sheet's name.</summary>
    public const string ReportsSheet = "报告汇总";

    /// <summary>The second sheet's name.</summary>
    public const string DiagnosticsSheet = "问题清单";

    /// <summary>The first sheet's header row.</summary>
    public static IReadOnlyList<string> ReportColumns { get; } =
        ["文件", "部门", "年度", "收入合计（万元）", "支出合计（万元）", "预算执行率", "自评总分", "等级", "错误数", "警告数", "第一个错误"];

    /// <summary>The second sheet's header row.</summary>
    public static IReadOnlyList<string> DiagnosticColumns { get; } = ["文件", "行", "列", "代码", "级别", "消息"];

    /// <summary>The workbook's bytes: the same reports give the same bytes.</summary>
    public static byte[] Write(IReadOnlyList<ReportSummary> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return XlsxWriter.Write([ReportSheet(reports), DiagnosticSheet(reports)]);
    }

    /// <summary>"错误" or "警告".</summary>
    public static string SeverityName(Severity severity) => severity == Severity.Error ? "错误" : "警告";

    private static XlsxSheet ReportSheet(IReadOnlyList<ReportSummary> reports)
    {
        var rows = new List<IReadOnlyList<XlsxCell?>>();
        foreach (var r in reports)
        {
            rows.Add(
            [
                XlsxCell.Of(r.Path),
                r.Department is { } d ? XlsxCell.Of(d) : null,
                XlsxCell.Of(r.Year, XlsxStyle.Integer),
                XlsxCell.Of(r.IncomeTotal, XlsxStyle.Decimal2),
                XlsxCell.Of(r.ExpenditureTotal, XlsxStyle.Decimal2),
                XlsxCell.Of(r.ExecutionRatePercent / 100, XlsxStyle.Percent2),
                XlsxCell.Of(r.Score, XlsxStyle.Decimal2),
                r.Grade is { } g ? XlsxCell.Of(g) : null,
                XlsxCell.Of(r.Errors, XlsxStyle.Integer),
                XlsxCell.Of(r.Warnings, XlsxStyle.Integer),
                r.FirstError is null ? null : XlsxCell.Of(r.FirstErrorText),
            ]);
        }

        if (reports.Count > 0) rows.Add(TotalsRow(SummaryTotals.Of(reports), reports.Count));
        return new XlsxSheet(ReportsSheet, ReportColumns, rows);
    }

    /// <summary>合计: sums of the money and counts as SUM formulas over the rows above; the weighted 执行率 as a value.</summary>
    private static List<XlsxCell?> TotalsRow(SummaryTotals totals, int reports)
    {
        var last = (reports + 1).ToString(CultureInfo.InvariantCulture);
        XlsxCell? Sum(int column, decimal? value, XlsxStyle style)
        {
            var letter = XlsxWriter.Column(column);
            return value is { } v ? XlsxCell.Sum($"SUM({letter}2:{letter}{last})", v, style) : null;
        }

        return
        [
            XlsxCell.Of(string.Create(CultureInfo.InvariantCulture, $"合计（{totals.Reports} 份）"), XlsxStyle.TotalText),
            null,
            null,
            Sum(3, totals.IncomeTotal, XlsxStyle.TotalDecimal2),
            Sum(4, totals.ExpenditureTotal, XlsxStyle.TotalDecimal2),
            XlsxCell.Of(totals.ExecutionRatePercent / 100, XlsxStyle.TotalPercent2),
            null,
            null,
            Sum(8, totals.Errors, XlsxStyle.TotalInteger),
            Sum(9, totals.Warnings, XlsxStyle.TotalInteger),
            null,
        ];
    }

    private static XlsxSheet DiagnosticSheet(IReadOnlyList<ReportSummary> reports)
    {
        var all = reports.SelectMany(r => r.Diagnostics).ToList();
        all.Sort(Diagnostic.Compare);
        var rows = all.Select(d => (IReadOnlyList<XlsxCell?>)
        [
            XlsxCell.Of(d.FilePath),
            XlsxCell.Of(d.Span.Line, XlsxStyle.Integer),
            XlsxCell.Of(d.Span.Column, XlsxStyle.Integer),
            XlsxCell.Of(d.Id),
            XlsxCell.Of(SeverityName(d.Severity)),
            XlsxCell.Of(d.Message),
        ]).ToList();
        return new XlsxSheet(DiagnosticsSheet, DiagnosticColumns, rows);
    }
}
