using PerfReport.Model;

namespace PerfReport.Scoring;

/// <summary>
/// Scores a report's 自评表 by its profile: each indicator once (rounded once), subtotals per 二级 and 一级 from the
/// rounded scores, the 执行率 line, the total and the grade.
/// </summary>
internal static class Scorer
{
    /// <summary>Resolves the report's profile and scores its table; null when the report has no 自评表.</summary>
    public static ScoreSheet? Score(Evaluation model, CompilationOptions options)
    {
        if (model.SelfEvaluation is not { } table) return null;
        var issues = new List<ProfileIssue>();
        var profile = ProfileResolver.Resolve(model.Scoring, options, issues);
        return Score(table, profile) with { ProfileIssues = issues };
    }

    public static ScoreSheet Score(SelfEvaluation table, ScoringProfile profile)
    {
        var groups = table.Indicators.Select(g => Group(g, profile)).ToList();
        var funds = table.Funds is { } f ? FundsScorer.Score(f, profile) : null;
        var sum = groups.Sum(g => g.Score) + (funds?.Score ?? 0);

        // Complete when every indicator has a score and the funds line, if the table has one, too. A table without a
        // funds block scores its indicators only (the funds weight is then absent from MaxTotal as well).
        var complete = groups.SelectMany(g => g.Categories).SelectMany(c => c.Indicators).All(i => i.Score is not null)
            && funds is not { Score: null };
        decimal? total = complete ? sum : null;
        return new ScoreSheet
        {
            ProfileName = profile.Name,
            ProfileTitle = profile.Title,
            Groups = groups,
            Funds = funds,
            Total = total,
            ScoredSum = sum,
            MaxTotal = groups.Sum(g => g.Weight) + (funds?.Weight ?? 0),
            Grade = total is { } t ? profile.GradeOf(t) : null,
            StatedTotal = table.TotalScore?.Value,
            StatedGrade = table.Grade?.Value,
            Complete = complete,
            Profile = profile,
        };
    }

    private static GroupScore Group(IndicatorGroup group, ScoringProfile profile)
    {
        var name = group.Name?.Value ?? "";
        var categories = group.Categories.Select(c => Category(c, name, profile)).ToList();
        var indicatorWeight = categories.Sum(c => c.Weight);
        var (weight, source) = group.Weight is { } stated ? (stated.Value, "table")
            : profile.GroupWeight(name) is { } byProfile ? (byProfile, "profile")
            : (indicatorWeight, "indicators");
        return new GroupScore(name, group.Path, weight, source, indicatorWeight, categories.Sum(c => c.Score), categories);
    }

    private static CategoryScore Category(IndicatorCategory category, string group, ScoringProfile profile)
    {
        var name = category.Name?.Value ?? "";
        var indicators = category.Indicators.Select(i => IndicatorScorer.Score(i, group, name, profile)).ToList();
        return new CategoryScore(name, category.Path, indicators.Sum(i => i.Weight ?? 0), indicators.Sum(i => i.Score ?? 0), indicators);
    }
}
