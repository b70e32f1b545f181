using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation;

/// <summary>
/// 决算 against 年初预算 when they differ and <c>budget_vs_final.reasons</c> lists nothing: the figures PR3052 (warning,
/// within the threshold) and PR3020 (error, above it) report.
/// </summary>
internal sealed record BudgetChange(Located<decimal> Initial, decimal Final)
{
    public decimal Difference => Final - Initial.Value;

    /// <summary>The difference in percent of 年初预算; null when 年初预算 is 0 (any spending is then above every threshold).</summary>
    public decimal? Percent => Numbers.PercentOf(Math.Abs(Difference), Initial.Value);

    /// <summary>True when the difference is more than <paramref name="threshold"/> percent of 年初预算.</summary>
    public bool Above(decimal threshold) => Percent is not { } p || p > threshold;

    /// <summary>"比年初预算 73.03 多 34.46（47.19%）", or "少" for a decrease.</summary>
    public string Describe() =>
        $"比年初预算 {Numbers.Money(Initial.Value)} {(Difference > 0 ? "多" : "少")} {Numbers.Money(Math.Abs(Difference))}"
        + (Percent is { } p ? $"（{Numbers.Percent(p)}）" : "（年初预算为 0）");

    /// <summary>The unexplained change, or null when 年初预算 or 决算 is missing, they agree, or reasons are listed.</summary>
    public static BudgetChange? Unexplained(Evaluation m)
    {
        if (m.BudgetVsFinal is not { InitialBudget: { } initial } bvf || bvf.Reasons.Count > 0) return null;
        if (Figures.ExpenditureTotal(m) is not { } final || final == initial.Value) return null;
        return new BudgetChange(initial, final);
    }
}
