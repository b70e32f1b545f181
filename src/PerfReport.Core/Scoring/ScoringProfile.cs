namespace PerfReport.Scoring;

/// <summary>How a reverse (≤) indicator that missed its target is scored (domain R1.4).</summary>
public enum NegativeMethod
{
    /// <summary>指标值 ÷ 实际值 × 分值 (the 自评表 填表说明 wording local forms copy).</summary>
    Ratio,

    /// <summary>(1 − (实际值 − 指标值) ÷ 指标值) × 分值, 0 from twice the target on (the 一体化 system).</summary>
    Deviation,
}

/// <summary>How the 预算执行率 is scored (domain R1.2).</summary>
public enum FundsMethod
{
    /// <summary>min(执行率, 100%) × 分值.</summary>
    Proportional,

    /// <summary>A share of the weight per band of the rate, as 江西: 10/7/5/0 at 100%/80%/60%.</summary>
    Stepped,
}

/// <summary>One band of a stepped execution-rate score: from <paramref name="RatePercent"/> on, <paramref name="SharePercent"/> of the weight.</summary>
internal sealed record FundsStep(decimal RatePercent, decimal SharePercent);

/// <summary>A grade and the lowest total that earns it.</summary>
internal sealed record GradeBand(string Grade, decimal MinTotal);

/// <summary>
/// A named set of scoring choices. The built-in ones are the YAML files under <c>Scoring/Profiles</c>; a report may
/// choose one, override single settings, or bring a file of its own. No code branches on a profile's name.
/// </summary>
internal sealed record ScoringProfile
{
    public required string Name { get; init; }

    public required string Title { get; init; }

    public decimal FundsWeight { get; init; }

    public FundsMethod FundsMethod { get; init; }

    /// <summary>Bands of the stepped method, highest rate first; below the last one the score is 0.</summary>
    public IReadOnlyList<FundsStep> FundsSteps { get; init; } = [];

    /// <summary>Default 一级 weights by name, used only where the table states none.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> GroupWeights { get; init; } = [];

    public NegativeMethod NegativeMethod { get; init; }

    /// <summary>Lower edge of the 达成 band, in percent of the weight (80).</summary>
    public decimal AchievedBandPercent { get; init; }

    /// <summary>Lower edge of the 部分达成 band, in percent of the weight (60).</summary>
    public decimal PartialBandPercent { get; init; }

    /// <summary>Actual ≥ factor × target counts as far over target and needs a reason (1.3).</summary>
    public decimal OverAchievementFactor { get; init; }

    /// <summary>Grades, highest first; a total below the last band gets <see cref="LowestGrade"/>.</summary>
    public IReadOnlyList<GradeBand> GradeBands { get; init; } = [];

    public string LowestGrade { get; init; } = "差";

    /// <summary>Default of <see cref="BudgetChangeThresholdPercent"/>: 10 % of 年初预算.</summary>
    public const decimal DefaultBudgetChangeThreshold = 10m;

    /// <summary>Default of <see cref="OverExecutionThresholdPercent"/>: 120 % of 本年预算.</summary>
    public const decimal DefaultOverExecutionThreshold = 120m;

    /// <summary>An unexplained 年初预算–决算 difference above this share of 年初预算 (percent) is an error (PR3020), else a warning (PR3052).</summary>
    public decimal BudgetChangeThresholdPercent { get; init; } = DefaultBudgetChangeThreshold;

    /// <summary>A project spent above this share of its 本年预算 (percent) needs a word of explanation (PR3053).</summary>
    public decimal OverExecutionThresholdPercent { get; init; } = DefaultOverExecutionThreshold;

    /// <summary>The 一级 weight the profile sets for a group name ("产出指标" also matches "产出").</summary>
    public decimal? GroupWeight(string name)
    {
        var n = Strip(name);
        foreach (var (key, weight) in GroupWeights)
            if (Strip(key) == n) return weight;
        return null;

        static string Strip(string s) => s.Trim().Replace("指标", "", StringComparison.Ordinal);
    }

    /// <summary>The grade of a total.</summary>
    public string GradeOf(decimal total)
    {
        foreach (var band in GradeBands)
            if (total >= band.MinTotal) return band.Grade;
        return LowestGrade;
    }
}
