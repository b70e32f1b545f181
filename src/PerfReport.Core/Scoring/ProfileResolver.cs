using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Scoring;

/// <summary>
/// Works out the profile a report is scored by: the built-in named by <c>scoring.profile</c> (default mof-2020), or
/// the report's own <c>scoring.profile_file</c>, then the single settings the report overrides.
/// </summary>
internal static class ProfileResolver
{
    public static ScoringProfile Resolve(ScoringSettings? settings, CompilationOptions options, List<ProfileIssue> issues)
    {
        var profile = Named(settings?.Profile, issues);
        if (settings?.ProfileFile is { } file) profile = FromFile(file, settings.Profile, options, issues) ?? profile;
        return settings is null ? profile : Override(profile, settings, issues);
    }

    private static ScoringProfile Named(Located<string>? name, List<ProfileIssue> issues)
    {
        if (name is null) return BuiltInProfiles.Default;
        var problems = new List<ProfileProblem>();
        var profile = BuiltInProfiles.Load(name.Value.Trim(), problems);
        if (profile is null)
            issues.Add(new ProfileIssue(name.Span, name.Path, $"没有名为 \"{name.Value}\" 的内置评分规则（内置：{string.Join("、", BuiltInProfiles.Names)}）；按 {BuiltInProfiles.DefaultName} 计分"));
        foreach (var p in problems) issues.Add(new ProfileIssue(name.Span, name.Path, "内置评分规则有误：" + p.Describe()));
        return profile ?? BuiltInProfiles.Default;
    }

    private static ScoringProfile? FromFile(Located<string> file, Located<string>? named, CompilationOptions options, List<ProfileIssue> issues)
    {
        var source = options.ReadRelativeFile?.Invoke(file.Value.Trim());
        if (source is null)
        {
            var why = options.DescribeUnreadable?.Invoke(file.Value.Trim()) is { } reason ? $"：{reason}" : "";
            issues.Add(new ProfileIssue(file.Span, file.Path, $"无法读取评分规则文件 \"{file.Value}\"（路径相对于本报告文件）{why}；按 {named?.Value ?? BuiltInProfiles.DefaultName} 计分"));
            return null;
        }

        var problems = new List<ProfileProblem>();
        var draft = ProfileReader.Read(source, problems);
        if (draft is null)
        {
            foreach (var p in problems) issues.Add(new ProfileIssue(file.Span, file.Path, $"评分规则文件有误（按 {named?.Value ?? BuiltInProfiles.DefaultName} 计分）：" + p.Describe()));
            return null;
        }

        // A profile file with no base of its own inherits from the profile the report names, if it names one.
        if (draft.Base is null && named is not null) draft = draft with { Base = named.Value.Trim() };
        var profile = BuiltInProfiles.Complete(draft, source.Path, problems);
        foreach (var p in problems) issues.Add(new ProfileIssue(file.Span, file.Path, "评分规则文件有误：" + p.Describe()));
        return profile;
    }

    private static ScoringProfile Override(ScoringProfile profile, ScoringSettings s, List<ProfileIssue> issues)
    {
        var factor = s.OverAchievementFactor;
        if (factor is { Value: < 1 })
        {
            issues.Add(new ProfileIssue(factor.Span, factor.Path, $"over_achievement_factor 应不小于 1，这里是 {Quantity.Number(factor.Value)}；不予采用"));
            factor = null;
        }

        var achieved = Band(s.AchievedBand, issues);
        var partial = Band(s.PartialBand, issues);
        var result = profile with
        {
            FundsWeight = s.FundsWeight?.Value ?? profile.FundsWeight,
            FundsMethod = s.FundsMethod?.Value ?? profile.FundsMethod,
            NegativeMethod = s.NegativeMethod?.Value ?? profile.NegativeMethod,
            AchievedBandPercent = achieved ?? profile.AchievedBandPercent,
            PartialBandPercent = partial ?? profile.PartialBandPercent,
            OverAchievementFactor = factor?.Value ?? profile.OverAchievementFactor,
        };
        var problems = new List<ProfileProblem>();
        result = BuiltInProfiles.Check(result, "", problems);
        var where = s.FundsMethod?.Span ?? s.PartialBand?.Span ?? s.AchievedBand?.Span ?? SourceSpan.FileStart;
        foreach (var p in problems) issues.Add(new ProfileIssue(where, "scoring", p.Describe()));

        return result;
    }

    private static decimal? Band(Located<decimal>? band, List<ProfileIssue> issues)
    {
        if (band is null) return null;
        if (band.Value is >= 0 and <= 100) return band.Value;
        issues.Add(new ProfileIssue(band.Span, band.Path, $"档次下限应在 0% 至 100% 之间，这里是 {Quantity.Number(band.Value)}%；不予采用"));
        return null;
    }
}
