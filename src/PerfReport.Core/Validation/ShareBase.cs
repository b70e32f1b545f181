using PerfReport.Model;
using PerfReport.Text;

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
    public decimal? Expected(decimal? amount) => amount is { } a ? Numbers.PercentOf(a, Value) : null;

    private static int Fits(ValidationContext context, IncomeSource source, decimal baseValue) =>
        source.Breakdown.Count(i => i is { Amount: { } a, Share: { } s } && Numbers.PercentOf(a.Value, baseValue) is { } p && context.ShareMatches(s.Value, p));
}

/// <summary>One item of a <see cref="ShareGroup"/>: its stated share (if any) and its amount (if known).</summary>
internal sealed record ShareItem(Located<decimal>? Share, decimal? Amount);

/// <summary>
/// Items whose stated shares are of one base, as reports print them: a source's breakdown (of the source or of 总收入,
/// detected), the income sources (of 总收入), 基本支出 and 项目支出 (of 支出合计), the three 三公 items (of the 三公经费
/// 本年决算数). PR3001 checks each share, PR3002 their sum, PR3003 a zero base.
/// </summary>
/// <param name="Name">The group as messages name it ("收入来源").</param>
/// <param name="BaseName">The base as messages name it ("总收入").</param>
/// <param name="BaseValue">The base as stated or derived; null when unknown.</param>
/// <param name="Items">The items, each with its share and amount.</param>
/// <param name="Base">The base to check against; null when unknown or 0.</param>
/// <param name="Ratio">The share as the zero-base message names it ("收入来源占比").</param>
/// <param name="IsBreakdown">A source's breakdown, whose base is detected rather than fixed.</param>
internal sealed record ShareGroup(string Name, string BaseName, decimal? BaseValue, ShareBase? Base, IReadOnlyList<ShareItem> Items, string Ratio, bool IsBreakdown = false)
{
    public bool AnyShare => Items.Any(i => i.Share is not null);

    public static IEnumerable<ShareGroup> All(ValidationContext context)
    {
        var m = context.Model;
        foreach (var source in m.Income?.Sources ?? [])
        {
            if (source.Breakdown.Count == 0) continue;
            var detected = ShareBase.Detect(context, source);
            yield return new ShareGroup($"{source.Name?.Value ?? "收入来源"}的明细", "本项收入与总收入", detected?.Value, detected,
                source.Breakdown.Select(i => new ShareItem(i.Share, i.Amount?.Value)).ToList(), "收入明细占比", IsBreakdown: true);
        }

        if (m.Income is { Sources.Count: > 0 } income)
            yield return Fixed("收入来源", "收入来源占比", "总收入", Figures.IncomeTotal(m), income.Sources.Select(s => new ShareItem(s.Share, s.Amount?.Value)));
        if (m.Expenditure is { } e && (e.Basic is not null || e.Project is not null))
        {
            var parts = new List<ShareItem>();
            if (e.Basic is { } b) parts.Add(new ShareItem(b.Share, Figures.Basic(m)));
            if (e.Project is { } p) parts.Add(new ShareItem(p.Share, Figures.Project(m)));
            yield return Fixed("基本支出、项目支出", "基本支出和项目支出占比", "支出合计", Figures.ExpenditureTotal(m), parts);
        }

        if (m.BasicDataTable?.Funds is { } f)
        {
            FundsRow?[] rows = [f.Vehicles, f.Overseas, f.Reception];
            var items = rows.Where(r => r is not null).Select(r => new ShareItem(r!.Share, r.Actual.Value)).ToList();
            var total = f.ThreePublic?.Actual.Value ?? Derived.SumOrNull(items.Select(i => i.Amount));
            if (items.Count > 0) yield return Fixed("三公经费", "三公经费各项占比", "三公经费", total, items);
        }
    }

    private static ShareGroup Fixed(string name, string ratio, string baseName, decimal? baseValue, IEnumerable<ShareItem> items) =>
        new(name, baseName, baseValue, baseValue is { } v and not 0 ? new ShareBase(baseName, v, null) : null, items.ToList(), ratio);
}
