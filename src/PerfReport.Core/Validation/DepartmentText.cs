using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation;

/// <summary>Every passage the department writes itself (the templates' fixed wording is not among them), and where in it a match lies.</summary>
internal static class DepartmentText
{
    public static IEnumerable<Located<string>> All(Evaluation m)
    {
        IEnumerable<Located<string>?> texts =
        [
            .. m.BasicInfo?.Duties ?? [], m.BasicInfo?.Organization,
            m.Expenditure?.Basic?.PersonnelCovers, m.Expenditure?.Basic?.PublicCovers, m.Expenditure?.Project?.Purpose,
            .. m.Expenditure?.Project?.Projects.Select(p => p.Purpose) ?? [],
            .. m.BudgetVsFinal?.Reasons.Select(r => r.Text) ?? [],
            m.Performance?.Summary, m.Performance?.AchievementsIntro,
            .. m.Performance?.Achievements.SelectMany(a => a.Items.Prepend(a)).SelectMany(a => new[] { a.Title, a.Text }) ?? [],
            .. m.Problems, .. m.Measures, m.ResultsApplication, m.OtherRemarks,
            m.BasicDataTable?.ThriftMeasures,
            .. m.SelfEvaluation?.Goals ?? [], m.SelfEvaluation?.GoalsAchievement,
            .. m.SelfEvaluation?.Indicators.SelectMany(g => g.Categories).SelectMany(c => c.Indicators).Select(i => i.Deviation) ?? [],
        ];
        return texts.OfType<Located<string>>();
    }

    /// <summary>
    /// The position of character <paramref name="index"/> of a text: on its own line for a one-line value; for a block
    /// (<c>|</c>) the line inside the block, at column 1, since the block's indentation is not kept.
    /// </summary>
    public static SourceSpan At(Located<string> text, int index)
    {
        var span = text.Span;
        if (span.EndLine <= span.Line) return SourceSpan.At(span.Line, span.Column + index);
        var line = span.Line + 1 + text.Value.AsSpan(0, index).Count('\n');
        return line <= span.EndLine ? SourceSpan.At(line, 1) : SourceSpan.At(span.Line, span.Column);
    }
}
