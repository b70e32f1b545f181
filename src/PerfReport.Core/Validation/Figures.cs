using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation;

/// <summary>
/// The figures several rules compare, taken as stated or, when left out and derivable without doubt, derived from
/// their parts (基本支出 = 人员经费 + 公用经费, …). Null when neither is possible: the rule then skips.
/// </summary>
internal static class Figures
{
    /// <summary>The sum of the values, or null when the list is empty or any value is missing.</summary>
    public static decimal? SumOrNull(IEnumerable<Located<decimal>?> values)
    {
        decimal sum = 0;
        var any = false;
        foreach (var v in values)
        {
            if (v is null) return null;
            sum += v.Value;
            any = true;
        }

        return any ? sum : null;
    }

    /// <summary>总收入: stated, else the sum of the sources.</summary>
    public static decimal? IncomeTotal(Evaluation m) =>
        m.Income is not { } i ? null : i.Total?.Value ?? SumOrNull(i.Sources.Select(s => s.Amount));

    /// <summary>基本支出: stated, else 人员经费 + 公用经费.</summary>
    public static decimal? Basic(Evaluation m) =>
        m.Expenditure?.Basic is not { } b ? null
        : b.Total?.Value ?? (b.Personnel is { } p && b.Public is { } q ? p.Value + q.Value : null);

    /// <summary>项目支出: stated, else the sum of the projects' actuals.</summary>
    public static decimal? Project(Evaluation m) =>
        m.Expenditure?.Project is not { } p ? null : p.Total?.Value ?? SumOrNull(p.Projects.Select(x => x.Actual));

    /// <summary>支出合计 (决算): stated, else 基本支出 + 项目支出.</summary>
    public static decimal? ExpenditureTotal(Evaluation m) =>
        m.Expenditure is not { } e ? null
        : e.Total?.Value ?? (Basic(m) is { } b && Project(m) is { } p ? b + p : null);

    /// <summary>Where to report a problem about total spending: the first stated figure of the expenditure section.</summary>
    public static Located<decimal>? ExpenditureAnchor(Evaluation m) =>
        m.Expenditure is not { } e ? null
        : e.Total ?? e.Basic?.Total ?? e.Basic?.Personnel ?? e.Project?.Total ?? e.Project?.Projects.FirstOrDefault(p => p.Actual is not null)?.Actual;
}
