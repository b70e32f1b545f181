using PerfReport.Model;

namespace PerfReport.Scoring;

/// <summary>Scores the 预算执行率 line (domain R1.2): 执行率 = 全年执行数 ÷ 全年预算数, then the profile's method.</summary>
internal static class FundsScorer
{
    public static FundsScore Score(EvaluationFunds funds, ScoringProfile profile)
    {
        var w = funds.Weight?.Value ?? profile.FundsWeight;
        var result = new FundsScore
        {
            Budget = funds.FullYearBudget?.Value,
            Executed = funds.Executed?.Value,
            Weight = w,
            Stated = funds.Score?.Value,
            Working = "",
            Span = funds.FullYearBudget?.Span ?? funds.Executed?.Span ?? funds.Score?.Span ?? Text.SourceSpan.FileStart,
            Source = funds,
        };
        if (funds.FullYearBudget is not { } budget || funds.Executed is not { } executed)
        {
            return funds.ExecutionRate is { } statedRate
                ? FromStatedRate(result, statedRate.Value, w, profile)
                : Fallback(result, "缺少全年预算数或全年执行数，无法计算执行率");
        }

        if (budget.Value == 0)
            return Fallback(result with { BudgetIsZero = true }, "全年预算数为 0，执行率无法计算");

        if (Numbers.PercentOf(executed.Value, budget.Value) is not { } rate)
            return Fallback(result with { BudgetIsZero = true }, "全年预算数为 0，执行率无法计算");
        var shown = Numbers.Round2(rate);
        var lead = $"执行率 = {Numbers.Money(executed.Value)} ÷ {Numbers.Money(budget.Value)} = {Numbers.Percent(rate)}";
        var (score, working) = profile.FundsMethod == FundsMethod.Stepped
            ? Stepped(shown, w, profile.FundsSteps)
            : Proportional(executed.Value, budget.Value, rate, w);
        return result with
        {
            RatePercent = shown,
            Computed = score,
            Score = score,
            Basis = ScoreBasis.Computed,
            Working = $"{lead}；{working}",
        };
    }

    /// <summary>
    /// No amounts, but a stated 执行率: the score follows from the rate alone (rate × weight, capped at the weight), so a
    /// stated score is still checked against it.
    /// </summary>
    private static FundsScore FromStatedRate(FundsScore result, decimal rate, decimal w, ScoringProfile profile)
    {
        var lead = $"未填全年预算数或全年执行数，执行率按填写的 {Numbers.Percent(rate)} 计";
        var (score, working) = profile.FundsMethod == FundsMethod.Stepped
            ? Stepped(Numbers.Round2(rate), w, profile.FundsSteps)
            : Proportional(rate, 100m, rate, w);
        return result with
        {
            RatePercent = Numbers.Round2(rate),
            Computed = score,
            Score = score,
            Basis = ScoreBasis.Computed,
            Working = $"{lead}；{working}",
        };
    }

    private static (decimal, string) Proportional(decimal executed, decimal budget, decimal rate, decimal w)
    {
        // min(executed, budget) × w ÷ budget: multiplied before divided, so that an exact .xx5 rounds half up.
        var score = Numbers.Round2(Math.Min(executed, budget) * w / budget);
        return (score, $"min({Numbers.Percent(rate)}, 100%) × {Numbers.Score(w)} = {Numbers.Score(score)}");
    }

    /// <summary>The rate as printed (2 places) is compared with the steps, so that the table and its score agree.</summary>
    private static (decimal, string) Stepped(decimal shownRate, decimal w, IReadOnlyList<FundsStep> steps)
    {
        foreach (var step in steps)
        {
            if (shownRate < step.RatePercent) continue;
            var score = Numbers.Round2(w * step.SharePercent / 100m);
            return (score, $"分段计分：达到 {Quantity.Number(step.RatePercent)}% 一档，得分值的 {Quantity.Number(step.SharePercent)}%，{Numbers.Score(w)} × {Quantity.Number(step.SharePercent)}% = {Numbers.Score(score)}");
        }

        var lowest = steps.Count > 0 ? $"低于 {Quantity.Number(steps[^1].RatePercent)}%" : "没有可用的档次";
        return (0, $"分段计分：{lowest}，得 0");
    }

    private static FundsScore Fallback(FundsScore result, string why) => result.Stated is { } s
        ? result with { Score = Math.Min(s, result.Weight), Basis = ScoreBasis.Stated, NotComputedReason = why, Working = $"{why}；采用填写得分 {Numbers.Score(s)}" }
        : result with { Basis = ScoreBasis.None, NotComputedReason = why, Working = $"{why}；未填写得分，无法计分" };
}
