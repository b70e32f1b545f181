namespace PerfReport.Validation;

/// <summary>
/// Every validation rule, listed by hand (no reflection, so that a trimmed or Native AOT build keeps them all), ordered
/// by code. A test finds every <see cref="IValidationRule"/> type in the assembly and fails when one is not listed here.
/// </summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<IValidationRule> All { get; } = new IValidationRule[]
    {
        new Rules.CrossReferences.ExecutedMismatch(),
        new Rules.CrossReferences.FundsByExpenditureVsNarrative(),
        new Rules.CrossReferences.FundsTableActualMismatch(),
        new Rules.CrossReferences.InitialBudgetMismatch(),
        new Rules.CrossReferences.PriorYearMismatch(),
        new Rules.CrossReferences.SpecialProjectMismatch(),
        new Rules.Indicators.CategoryUnderWrongGroup(),
        new Rules.Indicators.ScoreBelowWeightThoughTargetMet(),
        new Rules.Indicators.ScoreBelowWeightWithoutReason(),
        new Rules.Indicators.TargetAndActualOfDifferentKinds(),
        new Rules.Percentages.AreaControlRateMismatch(),
        new Rules.Percentages.BudgetChangeWithoutReasons(),
        new Rules.Percentages.ExecutionRateMismatch(),
        new Rules.Percentages.InvestmentControlRateMismatch(),
        new Rules.Percentages.LargeBudgetChangeWithoutReasons(),
        new Rules.Percentages.ProjectExecutionLowUnexplained(),
        new Rules.Percentages.RatioBaseIsZero(),
        new Rules.Percentages.ShareMismatch(),
        new Rules.Percentages.SharesDoNotAddUp(),
        new Rules.Percentages.SpendingAboveBudgetDespiteClaim(),
        new Rules.Percentages.SpendingAboveLineBudgetUnexplained(),
        new Rules.Percentages.StaffControlRateMismatch(),
        new Rules.Percentages.YearOnYearRateMismatch(),
        new Rules.Scoring.FundsScoreMismatch(),
        new Rules.Scoring.GradeDoesNotMatchTotal(),
        new Rules.Scoring.IndicatorNotScored(),
        new Rules.Scoring.IndicatorUnitMismatch(),
        new Rules.Scoring.NegativeIndicatorValue(),
        new Rules.Scoring.OverAchievementWithoutReason(),
        new Rules.Scoring.ScoreAboveWeight(),
        new Rules.Scoring.ScoreOutsideGradeBand(),
        new Rules.Scoring.ScoringProfileProblem(),
        new Rules.Scoring.StatedScoreDiffersFromComputed(),
        new Rules.Scoring.UnreadableIndicatorValue(),
        new Rules.Scoring.ZeroIndicatorWeight(),
        new Rules.Sums.ActualBlankBesideFigures(),
        new Rules.Sums.BasicExpenditureMismatch(),
        new Rules.Sums.BudgetChangeReasonsMismatch(),
        new Rules.Sums.ExpenditureAboveIncome(),
        new Rules.Sums.ExpenditureTotalMismatch(),
        new Rules.Sums.FundsByExpenditureMismatch(),
        new Rules.Sums.FundsByIncomeMismatch(),
        new Rules.Sums.FundsSubRowsMismatch(),
        new Rules.Sums.FundsTableTotalMismatch(),
        new Rules.Sums.IncomeBreakdownMismatch(),
        new Rules.Sums.IncomeTotalMismatch(),
        new Rules.Sums.IndicatorGroupWeightMismatch(),
        new Rules.Sums.ProjectActualsMismatch(),
        new Rules.Sums.SpecialProjectsTotalMismatch(),
        new Rules.Sums.ThreePublicBlankWhileClaimedDown(),
        new Rules.Sums.ThreePublicTotalMismatch(),
        new Rules.Sums.TotalScoreMismatch(),
        new Rules.Sums.VehicleCostsMismatch(),
        new Rules.Sums.WeightsTotalNot100(),
        new Rules.Sums.YearOnYearChangeMismatch(),
        new Rules.Text.HalfWidthPunctuation(),
        new Rules.Text.NumberingWithPauseMark(),
        new Rules.Text.PlaceholderText(),
        new Rules.Text.RepeatedPhrase(),
        new Rules.Text.TypedItemNumber(),
    }
        .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
        .ToList();

    public static IValidationRule? Find(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
