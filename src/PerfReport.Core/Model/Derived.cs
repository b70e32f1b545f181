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

    /// <summary>The sum when every part is known and there is at least one; otherwise null.</summary>
    public static decimal? SumOrNull(IEnumerable<decimal?> parts)
    {
        var list = parts.ToList();
        return list.Count == 0 || list.Any(p => p is null) ? null : list.Sum(p => p!.Value);
    }
}
