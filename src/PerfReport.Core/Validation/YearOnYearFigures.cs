using PerfReport.Model;

namespace PerfReport.Validation;

/// <summary>The figures a report compares with last year: 总收入, each income source, 支出合计; each with this year's figure.</summary>
internal static class YearOnYearFigures
{
    public static IEnumerable<(string Name, YearOnYear YearOnYear, decimal? Current)> All(Evaluation m)
    {
        if (m.Income?.YearOnYear is { } income) yield return ("总收入", income, Figures.IncomeTotal(m));
        foreach (var source in m.Income?.Sources ?? [])
        {
            if (source.YearOnYear is { } y) yield return (source.Name?.Value ?? "收入来源", y, source.Amount?.Value);
        }

        if (m.Expenditure?.YearOnYear is { } expenditure) yield return ("支出合计", expenditure, Figures.ExpenditureTotal(m));
    }
}
