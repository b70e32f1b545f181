using System.Globalization;
using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Summary;

/// <summary>
/// One report's line in a county's summary (<c>perfreport summary</c>): who, which year, the totals, the score and what
/// is wrong with it. A file that could not be read at all still has a line: its figures are empty and its errors say why.
/// </summary>
public sealed record ReportSummary
{
    /// <summary>The file, as printed in its diagnostics.</summary>
    public required string Path { get; init; }

    /// <summary>部门（单位）名称, when the file gives it.</summary>
    public string? Department { get; init; }

    /// <summary>年度.</summary>
    public int? Year { get; init; }

    /// <summary>收入合计 in 万元: as stated, else the sum of the sources.</summary>
    public decimal? IncomeTotal { get; init; }

    /// <summary>支出合计 in 万元: as stated, else basic + project.</summary>
    public decimal? ExpenditureTotal { get; init; }

    /// <summary>The 自评表's 全年预算数, for the weighted rate of a summary.</summary>
    public decimal? Budget { get; init; }

    /// <summary>The 自评表's 全年执行数.</summary>
    public decimal? Executed { get; init; }

    /// <summary>预算执行率 in percent, rounded to 2 places, as the scoring sheet computes it.</summary>
    public decimal? ExecutionRatePercent { get; init; }

    /// <summary>自评总分 as computed; empty when some indicator has no score.</summary>
    public decimal? Score { get; init; }

    /// <summary>等级 (优/良/中/差) by the profile's bands.</summary>
    public string? Grade { get; init; }

    /// <summary>Every diagnostic of the file, sorted.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity != Severity.Error);

    /// <summary>The first error by position, or null.</summary>
    public Diagnostic? FirstError => Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);

    /// <summary>"PR2008（第 154 行）：message", or empty when the file has no error.</summary>
    public string FirstErrorText => FirstError is { } e
        ? string.Create(CultureInfo.InvariantCulture, $"{e.Id}（第 {e.Span.Line} 行）：{e.Message}")
        : "";

    /// <summary>The line for one file from its compilation.</summary>
    public static ReportSummary Of(string path, CompilationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = result.Model;
        var funds = result.ScoreSheet?.Funds;
        return new ReportSummary
        {
            Path = path,
            Department = model?.Department?.Name?.Value,
            Year = model?.Year?.Value,
            IncomeTotal = model?.Income is { } income ? Derived.IncomeTotal(income) : null,
            ExpenditureTotal = model?.Expenditure is { } expenditure ? Derived.ExpenditureTotal(expenditure) : null,
            Budget = funds?.Budget,
            Executed = funds?.Executed,
            ExecutionRatePercent = funds?.RatePercent,
            Score = result.ScoreSheet?.Total,
            Grade = result.ScoreSheet?.Grade,
            Diagnostics = result.Diagnostics,
        };
    }
}

/// <summary>The 合计 line of a summary.</summary>
/// <param name="Reports">How many reports.</param>
/// <param name="IncomeTotal">The sum of the 收入合计 that are known; null when none is.</param>
/// <param name="ExpenditureTotal">The sum of the 支出合计 that are known; null when none is.</param>
/// <param name="ExecutionRatePercent">Σ执行数 / Σ预算数 over the reports that give both, in percent rounded to 2 places.</param>
/// <param name="Errors">All errors.</param>
/// <param name="Warnings">All warnings.</param>
public sealed record SummaryTotals(int Reports, decimal? IncomeTotal, decimal? ExpenditureTotal, decimal? ExecutionRatePercent, int Errors, int Warnings)
{
    /// <summary>The totals of the lines.</summary>
    public static SummaryTotals Of(IReadOnlyList<ReportSummary> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var funded = reports.Where(r => r.Budget is not null && r.Executed is not null).ToList();
        var budget = funded.Sum(r => r.Budget!.Value);
        var rate = funded.Count == 0 ? null : Numbers.PercentOf(funded.Sum(r => r.Executed!.Value), budget);
        return new SummaryTotals(
            reports.Count,
            SumOfKnown(reports.Select(r => r.IncomeTotal)),
            SumOfKnown(reports.Select(r => r.ExpenditureTotal)),
            rate is { } r ? Numbers.Round2(r) : null,
            reports.Sum(r => r.Errors),
            reports.Sum(r => r.Warnings));
    }

    private static decimal? SumOfKnown(IEnumerable<decimal?> values)
    {
        var known = values.Where(v => v is not null).ToList();
        return known.Count == 0 ? null : known.Sum(v => v!.Value);
    }
}
