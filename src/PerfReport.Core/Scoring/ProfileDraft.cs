namespace PerfReport.Scoring;

/// <summary>The settings one profile file (or a report's <c>scoring:</c> overrides) states; null where it states none.</summary>
internal sealed record ProfileDraft
{
    public string? Name { get; init; }

    public string? Title { get; init; }

    public string? Base { get; init; }

    public decimal? FundsWeight { get; init; }

    public FundsMethod? FundsMethod { get; init; }

    public IReadOnlyList<FundsStep>? FundsSteps { get; init; }

    public IReadOnlyList<KeyValuePair<string, decimal>>? GroupWeights { get; init; }

    public NegativeMethod? NegativeMethod { get; init; }

    public decimal? AchievedBandPercent { get; init; }

    public decimal? PartialBandPercent { get; init; }

    public decimal? OverAchievementFactor { get; init; }

    public IReadOnlyList<GradeBand>? GradeBands { get; init; }

    public string? LowestGrade { get; init; }

    public decimal? BudgetChangeThresholdPercent { get; init; }

    public decimal? OverExecutionThresholdPercent { get; init; }

    /// <summary>This draft's settings over <paramref name="basis"/>'s.</summary>
    public ScoringProfile Over(ScoringProfile basis) => basis with
    {
        Name = Name ?? basis.Name,
        Title = Title ?? basis.Title,
        FundsWeight = FundsWeight ?? basis.FundsWeight,
        FundsMethod = FundsMethod ?? basis.FundsMethod,
        FundsSteps = FundsSteps ?? basis.FundsSteps,
        GroupWeights = GroupWeights ?? basis.GroupWeights,
        NegativeMethod = NegativeMethod ?? basis.NegativeMethod,
        AchievedBandPercent = AchievedBandPercent ?? basis.AchievedBandPercent,
        PartialBandPercent = PartialBandPercent ?? basis.PartialBandPercent,
        OverAchievementFactor = OverAchievementFactor ?? basis.OverAchievementFactor,
        GradeBands = GradeBands ?? basis.GradeBands,
        LowestGrade = LowestGrade ?? basis.LowestGrade,
        BudgetChangeThresholdPercent = BudgetChangeThresholdPercent ?? basis.BudgetChangeThresholdPercent,
        OverExecutionThresholdPercent = OverExecutionThresholdPercent ?? basis.OverExecutionThresholdPercent,
    };

    /// <summary>The names of the settings a profile without a base must state but this draft does not.</summary>
    public IEnumerable<string> Missing()
    {
        if (FundsWeight is null) yield return "funds_weight";
        if (FundsMethod is null) yield return "funds_method";
        if (NegativeMethod is null) yield return "negative_method";
        if (AchievedBandPercent is null) yield return "achieved_band";
        if (PartialBandPercent is null) yield return "partial_band";
        if (OverAchievementFactor is null) yield return "over_achievement_factor";
        if (GradeBands is null) yield return "grade_bands";
    }
}
