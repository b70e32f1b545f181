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
    public static decimal? SumOrNull(IEnumerable<Located<decimal>?> values) => Derived.SumOrNull(values.Select(v => v?.Value));

    // The derived totals are the model's own (Model/Derived.cs), so that checks and the report derive alike.
    public static decimal? IncomeTotal(Evaluation m) => m.Income is { } i ? Derived.IncomeTotal(i) : null;

    public static decimal? Basic(Evaluation m) => Derived.BasicTotal(m.Expenditure?.Basic);

    public static decimal? Project(Evaluation m) => Derived.ProjectTotal(m.Expenditure?.Project);

    public static decimal? ExpenditureTotal(Evaluation m) => m.Expenditure is { } e ? Derived.ExpenditureTotal(e) : null;

    public static Located<decimal>? ExpenditureAnchor(Evaluation m) =>
        m.Expenditure is not { } e ? null
        : e.Total ?? e.Basic?.Total ?? e.Basic?.Personnel ?? e.Project?.Total ?? e.Project?.Projects.FirstOrDefault(p => p.Actual is not null)?.Actual;
}
