namespace PerfReport.Model;

/// <summary>Figures the file may leave out, derived from their parts: the stated figure when given, else the sum.</summary>
internal static class Derived
{
    public static decimal? IncomeTotal(Income income) =>
        income.Total?.Value ?? SumOrNull(income.Sources.Select(s => s.Amount?.Value));

    public static decimal? BasicTotal(BasicExpenditure? basic) =>
        basic is null ? null : basic.Total?.Value ?? (basic.Personnel is { } p && basic.Public is { } q ? p.Value + q.Value : null);

    public static decimal? ProjectTotal(ProjectExpenditure? project) =>
        project is null ? null : project.Total?.Value ?? SumOrNull(project.Projects.Select(p => p.Actual?.Value));

    public static decimal? ExpenditureTotal(Expenditure e) =>
        e.Total?.Value ?? (BasicTotal(e.Basic) is { } b && ProjectTotal(e.Project) is { } p ? b + p : null);

    /// <summary>This year − last year: the stated change, else the difference of the two figures.</summary>
    public static decimal? Change(YearOnYear y, decimal? current) =>
        y.Change?.Value ?? (current is { } c && y.LastYear is { } l ? c - l.Value : null);

    /// <summary>Last year's figure: stated, else this year − the stated change.</summary>
    public static decimal? LastYear(YearOnYear y, decimal? current) =>
        y.LastYear?.Value ?? (current is { } c && y.Change is { } d ? c - d.Value : null);

    /// <summary>The change in percent of last year: stated, else computed (unrounded); null when last year is unknown or 0.</summary>
    public static decimal? ChangeRate(YearOnYear y, decimal? current) =>
        y.ChangeRate?.Value ?? (Change(y, current) is { } d && LastYear(y, current) is { } l ? Numbers.PercentOf(d, l) : null);

    /// <summary>The sum when every part is known and there is at least one; otherwise null.</summary>
    public static decimal? SumOrNull(IEnumerable<decimal?> parts)
    {
        var list = parts.ToList();
        return list.Count == 0 || list.Any(p => p is null) ? null : list.Sum(p => p!.Value);
    }
}
