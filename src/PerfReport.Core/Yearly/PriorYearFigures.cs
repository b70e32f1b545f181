using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Yearly;

/// <summary>
/// One 上年 figure of a report and the 本年 figure of last year's report it repeats: <c>init --from</c> copies
/// <see cref="LastYear"/> into the new file's <see cref="PriorPath"/>, <c>validate --previous</c> compares the two.
/// </summary>
/// <param name="Title">What the figure is, in messages (“基础数据表“支出总额”上年决算数”).</param>
/// <param name="PriorPath">The YAML path of the 上年 figure in this year's file.</param>
/// <param name="Prior">This year's 上年 figure, or null when the file has none (or is the one being made).</param>
/// <param name="LastYear">Last year's 本年 figure, or null when last year's file has none.</param>
internal sealed record PriorYearFigure(string Title, string PriorPath, Located<decimal>? Prior, Located<decimal>? LastYear);

/// <summary>The list of 上年 figures, in one place for both the roll-over and the check.</summary>
internal static class PriorYearFigures
{
    /// <summary>
    /// Every 上年 figure the model has, paired with last year's 本年 figure: 附表1 经费控制情况's 上年决算数 (the fixed rows
    /// and the 专项 by name), and the 与上年比较 上年数 of the total income, each income source (by name) and the total
    /// expenditure. <paramref name="current"/> may be null: then only last year's figures are known (<c>init --from</c>).
    /// </summary>
    public static IEnumerable<PriorYearFigure> Of(Evaluation? current, Evaluation previous)
    {
        var funds = current?.BasicDataTable?.Funds;
        var lastFunds = previous.BasicDataTable?.Funds;
        foreach (var line in FundsTable.Lines)
        {
            var path = $"basic_data_table.funds.{line.Key}.prior_actual";
            yield return new($"基础数据表“{line.Name}”上年决算数", path, Figure(funds is null ? null : line.Row(funds)?.PriorActual), Figure(lastFunds is null ? null : line.Row(lastFunds)?.Actual));
        }

        var specials = current is null
            ? lastFunds?.SpecialProjects.Select((p, i) => (Index: i, Name: p.Name?.Value, Prior: (Located<decimal>?)null)) ?? []
            : funds?.SpecialProjects.Select((p, i) => (Index: i, Name: p.Name?.Value, Prior: Figure(p.Row.PriorActual))) ?? [];
        foreach (var (index, name, prior) in specials)
        {
            if (name is null) continue;
            var last = lastFunds?.SpecialProjects.FirstOrDefault(p => SameName(p.Name?.Value, name));
            yield return new($"基础数据表专项“{name.Trim()}”上年决算数", $"basic_data_table.funds.special_projects[{index}].prior_actual", prior, Figure(last?.Row.Actual));
        }

        yield return new("总收入的上年数", "income.year_on_year.last_year", current?.Income?.YearOnYear?.LastYear, previous.Income?.Total ?? Sum(previous.Income?.Sources.Select(s => s.Amount)));
        var sources = current is null
            ? previous.Income?.Sources.Select((s, i) => (Index: i, Name: s.Name?.Value, Prior: (Located<decimal>?)null)) ?? []
            : current.Income?.Sources.Select((s, i) => (Index: i, Name: s.Name?.Value, Prior: s.YearOnYear?.LastYear)) ?? [];
        foreach (var (index, name, prior) in sources)
        {
            if (name is null) continue;
            var last = previous.Income?.Sources.FirstOrDefault(s => SameName(s.Name?.Value, name));
            yield return new($"收入“{name.Trim()}”的上年数", $"income.sources[{index}].year_on_year.last_year", prior, last?.Amount);
        }

        yield return new("支出合计的上年数", "expenditure.year_on_year.last_year", current?.Expenditure?.YearOnYear?.LastYear, previous.Expenditure?.Total ?? previous.BasicDataTable?.Funds?.Total?.Actual.AsLocated);
    }

    private static Located<decimal>? Figure(Cell? cell) => cell?.AsLocated;

    /// <summary>A total not written out but made of its parts: located at the first part.</summary>
    private static Located<decimal>? Sum(IEnumerable<Located<decimal>?>? parts)
    {
        var list = parts?.ToList() ?? [];
        if (list.Count == 0 || list.Any(p => p is null)) return null;
        return new Located<decimal>(list.Sum(p => p!.Value), list[0]!.Span, list[0]!.Path);
    }

    private static bool SameName(string? a, string b) => a is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
}
