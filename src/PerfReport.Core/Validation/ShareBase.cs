using PerfReport.Model;

namespace PerfReport.Validation;

/// <summary>
/// Which base the stated shares of a source's breakdown are of. Both readings are common: of the source itself
/// (the seed's function shares are of 财政拨款 102.49) or of 总收入 (107.49). The base that more shares fit wins,
/// the source on a tie; zero bases are never candidates (the zero-base rule reports them).
/// </summary>
internal sealed record ShareBase(string Name, decimal Value, ShareBase? Alternative)
{
    public static ShareBase? Detect(ValidationContext context, IncomeSource source)
    {
        var candidates = new List<ShareBase>();
        if (source.Amount is { Value: not 0 } amount) candidates.Add(new ShareBase(source.Name?.Value ?? "本项收入", amount.Value, null));
        if (Figures.IncomeTotal(context.Model) is { } total and not 0 && candidates.All(c => c.Value != total))
            candidates.Add(new ShareBase("总收入", total, null));
        if (candidates.Count == 0) return null;
        var best = candidates.OrderByDescending(c => Fits(context, source, c.Value)).First();
        return best with { Alternative = candidates.FirstOrDefault(c => c != best) };
    }

    /// <summary>The share an item should have of this base, unrounded; null when the item has no amount.</summary>
    public decimal? Expected(BreakdownItem item) => item.Amount is { } a ? Numbers.PercentOf(a.Value, Value) : null;

    private static int Fits(ValidationContext context, IncomeSource source, decimal baseValue) =>
        source.Breakdown.Count(i => i is { Amount: { } a, Share: { } s } && Numbers.PercentOf(a.Value, baseValue) is { } p && context.ShareMatches(s.Value, p));
}
