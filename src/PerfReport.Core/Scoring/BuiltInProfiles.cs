using System.Collections.Concurrent;
using PerfReport.Text;

namespace PerfReport.Scoring;

/// <summary>
/// The profiles shipped with the tool: every <c>Scoring/Profiles/*.yaml</c> embedded in the assembly. Adding a
/// province's rules is adding a file there; nothing here names one, except which profile is the default.
/// </summary>
internal static class BuiltInProfiles
{
    public const string DefaultName = "mof-2020";

    private const string Prefix = "PerfReport.Scoring.Profiles.";
    private const int MaxBaseDepth = 8;

    /// <summary>The names of the built-in profiles, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(BuiltInProfiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The text of a built-in profile, or null when there is none of that name.</summary>
    public static SourceText? Source(string name)
    {
        if (!Names.Contains(name, StringComparer.Ordinal)) return null;
        using var stream = typeof(BuiltInProfiles).Assembly.GetManifestResourceStream(Prefix + name + ".yaml")!;
        using var reader = new StreamReader(stream);
        return SourceText.From(name + ".yaml", reader.ReadToEnd());
    }

    /// <summary>The default profile (its own problems, if any, are a bug that tests catch).</summary>
    public static ScoringProfile Default => Load(DefaultName, []) ?? Empty;

    /// <summary>Reads a built-in profile; null when there is none of that name.</summary>
    public static ScoringProfile? Load(string name, List<ProfileProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var (profile, found) = Loaded.GetOrAdd(name, static n =>
        {
            var own = new List<ProfileProblem>();
            return (Load(n, own, 0), own);
        });
        problems.AddRange(found);
        return profile;
    }

    /// <summary>The built-in profiles are part of the tool: each is read once per process, with what reading it found.</summary>
    private static readonly ConcurrentDictionary<string, (ScoringProfile? Profile, IReadOnlyList<ProfileProblem> Problems)> Loaded = new(StringComparer.Ordinal);

    /// <summary>Turns a profile file's settings into a whole profile, resolving its <c>base</c>.</summary>
    public static ScoringProfile Complete(ProfileDraft draft, string file, List<ProfileProblem> problems) =>
        Complete(draft, file, problems, 0);

    private static ScoringProfile? Load(string name, List<ProfileProblem> problems, int depth)
    {
        if (Source(name) is not { } source) return null;
        var draft = ProfileReader.Read(source, problems) ?? new ProfileDraft();
        return Complete(draft with { Name = draft.Name ?? name }, source.Path, problems, depth);
    }

    private static ScoringProfile Complete(ProfileDraft draft, string file, List<ProfileProblem> problems, int depth)
    {
        ScoringProfile basis;
        if (draft.Base is { } baseName)
        {
            var loaded = depth < MaxBaseDepth ? Load(baseName, problems, depth + 1) : null;
            if (loaded is null)
            {
                var why = depth < MaxBaseDepth ? $"没有名为 \"{baseName}\" 的内置评分规则（内置：{string.Join("、", Names)}）" : "base 层层引用过深（可能循环引用）";
                problems.Add(new ProfileProblem(file, SourceSpan.FileStart, why));
            }

            basis = loaded ?? Empty;
        }
        else
        {
            var missing = draft.Missing().ToList();
            if (missing.Count > 0)
                problems.Add(new ProfileProblem(file, SourceSpan.FileStart, $"缺少设置 {string.Join("、", missing)}；可写 base: {DefaultName} 继承其余设置"));
            basis = missing.Count > 0 && depth < MaxBaseDepth ? Load(DefaultName, problems, depth + 1) ?? Empty : Empty;
        }

        var name = draft.Name ?? Path.GetFileNameWithoutExtension(file);
        var profile = draft.Over(basis) with { Name = name, Title = draft.Title ?? name };
        return Check(profile, file, problems);
    }

    /// <summary>Reports settings that contradict each other and falls back to a usable value.</summary>
    internal static ScoringProfile Check(ScoringProfile profile, string file, List<ProfileProblem> problems)
    {
        if (profile.FundsMethod == FundsMethod.Stepped && profile.FundsSteps.Count == 0)
        {
            problems.Add(new ProfileProblem(file, SourceSpan.FileStart, "funds_method 为 stepped（分段）却没有 funds_steps 各档；按比例计分"));
            profile = profile with { FundsMethod = FundsMethod.Proportional };
        }

        if (profile.PartialBandPercent > profile.AchievedBandPercent)
        {
            problems.Add(new ProfileProblem(file, SourceSpan.FileStart,
                $"partial_band {Quantity.Number(profile.PartialBandPercent)}% 高于 achieved_band {Quantity.Number(profile.AchievedBandPercent)}%"));
            profile = profile with { PartialBandPercent = profile.AchievedBandPercent };
        }

        return profile;
    }

    private static ScoringProfile Empty { get; } = new()
    {
        Name = DefaultName,
        Title = DefaultName,
        FundsWeight = 10,
        AchievedBandPercent = 80,
        PartialBandPercent = 60,
        OverAchievementFactor = 1.3m,
    };
}
