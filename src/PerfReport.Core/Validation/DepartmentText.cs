using System.Runtime.CompilerServices;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation;

/// <summary>Every passage the department writes itself (the templates' fixed wording is not among them), and where in it a match lies.</summary>
internal static class DepartmentText
{
    /// <summary>
    /// The most places one text rule reports in one text: enough to show a habit, and it keeps a hostile paragraph
    /// (the same slip a hundred thousand times) from costing time and a flood of output.
    /// </summary>
    public const int MaxReportsPerText = 20;

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
    /// (<c>|</c>) the line inside the block, at the character's column after the block's indentation; for other
    /// multi-line styles (folded, quoted over several lines) the line, at column 1.
    /// </summary>
    public static SourceSpan At(Located<string> text, int index)
    {
        var span = text.Span;
        if (span.EndLine <= span.Line) return SourceSpan.At(span.Line, span.Column + index);
        var before = LinesBefore(text.Value, index);
        var line = span.Line + 1 + before;
        if (line > span.EndLine) return SourceSpan.At(span.Line, span.Column);
        if (text.BlockIndent == 0) return SourceSpan.At(line, 1);
        var lineStart = before == 0 ? 0 : Newlines.GetValue(text.Value, NewlineOffsets)[before - 1] + 1;
        return SourceSpan.At(line, text.BlockIndent + 1 + index - lineStart);
    }

    /// <summary>The offsets of each text's newlines, computed once per text, so that placing many matches stays linear.</summary>
    private static readonly ConditionalWeakTable<string, int[]> Newlines = new();

    /// <summary>How many newlines stand before <paramref name="index"/>: a binary search in the text's newline offsets.</summary>
    internal static int LinesBefore(string value, int index)
    {
        var offsets = Newlines.GetValue(value, NewlineOffsets);
        var found = Array.BinarySearch(offsets, index);
        return found >= 0 ? found : ~found;
    }

    private static int[] NewlineOffsets(string value)
    {
        var offsets = new List<int>();
        for (var i = value.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = value.IndexOf('\n', i + 1)) offsets.Add(i);
        return [.. offsets];
    }
}
