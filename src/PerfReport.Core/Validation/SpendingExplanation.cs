using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation;

/// <summary>
/// Whether the narrative explains how the money was spent against its budget: one of the given words stands in a
/// passage where a report discusses its spending. PR3051 (spent far below the budget) and PR3053 (far above) both ask here.
/// </summary>
internal static class SpendingExplanation
{
    /// <summary>绩效情况、存在的问题、改进措施、其他说明、结果应用、项目支出用途（总的和各项目的）、预决算差异原因.</summary>
    public static IEnumerable<Located<string>?> Passages(Evaluation m)
    {
        var texts = new List<Located<string>?>
        {
            m.Performance?.Summary, m.OtherRemarks, m.Expenditure?.Project?.Purpose, m.ResultsApplication,
        };
        texts.AddRange(m.Problems);
        texts.AddRange(m.Measures);
        texts.AddRange(m.BudgetVsFinal?.Reasons.Select(r => r.Text) ?? []);
        texts.AddRange(m.Expenditure?.Project?.Projects.Select(p => p.Purpose) ?? []);
        return texts;
    }

    /// <summary>True when any of those passages contains any of <paramref name="words"/>.</summary>
    public static bool Found(Evaluation m, IEnumerable<string> words) => TextSearch.AnyContainsAny(Passages(m), words);
}
