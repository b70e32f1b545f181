using PerfReport.Scoring;

namespace PerfReport.Cli.Output;

/// <summary>The scoring sheet for the terminal: one aligned row per indicator, then subtotals, 执行率, total and grade.</summary>
internal static class ScoreSheetText
{
    private static readonly (string Title, int Width, bool Right)[] Columns =
    [
        ("三级指标", 32, false), ("类型", 4, false), ("年度指标值", 18, false), ("实际完成值", 14, false),
        ("分值", 6, true), ("得分", 6, true), ("填写", 6, true), ("计分说明", 0, false),
    ];

    public static void Write(ScoreSheet sheet, TextWriter w)
    {
        w.WriteLine($"评分规则：{sheet.ProfileName}（{sheet.ProfileTitle}）");
        w.WriteLine();
        w.WriteLine(Row(Columns.Select(c => c.Title).ToArray()));
        foreach (var g in sheet.Groups)
        {
            w.WriteLine($"{g.Name}（分值 {S(g.Weight)}，得分 {S(g.Score)}{Partial(g.Categories.SelectMany(c => c.Indicators))}）");
            foreach (var c in g.Categories)
            {
                // Indicators written straight under their 一级 (no 二级 level) have no category line of their own.
                if (c.Name.Length > 0) w.WriteLine($"  {c.Name}（分值 {S(c.Weight)}，得分 {S(c.Score)}{Partial(c.Indicators)}）");
                foreach (var i in c.Indicators) WriteIndicator(i, w);
            }
        }

        w.WriteLine();
        WriteSubtotals(sheet, w);
    }

    private static void WriteIndicator(IndicatorScore i, TextWriter w)
    {
        var kind = i.Kind is { } k ? ScoreNames.Label(k) : "—";
        w.WriteLine(Row("    " + i.Name, kind, i.Target ?? "", i.Actual ?? "", S(i.Weight), S(i.Score), S(i.Stated), i.Working));
        w.WriteLine("      依据：" + i.KindReason);
    }

    private static void WriteSubtotals(ScoreSheet sheet, TextWriter w)
    {
        w.WriteLine($"小计{new string(' ', 26)}{DisplayWidth.Pad("分值", 8, true)}{DisplayWidth.Pad("得分", 8, true)}");
        foreach (var g in sheet.Groups)
        {
            var source = g.WeightSource switch { "profile" => "（分值取评分规则默认）", "indicators" => "（分值取各指标之和）", _ => "" };
            w.WriteLine($"  {DisplayWidth.Pad(g.Name, 28)}{DisplayWidth.Pad(S(g.Weight), 8, true)}{DisplayWidth.Pad(S(g.Score), 8, true)}{source}");
            foreach (var c in g.Categories.Where(c => c.Name.Length > 0))
                w.WriteLine($"    {DisplayWidth.Pad(c.Name, 26)}{DisplayWidth.Pad(S(c.Weight), 8, true)}{DisplayWidth.Pad(S(c.Score), 8, true)}");
        }

        if (sheet.Funds is { } f)
        {
            w.WriteLine($"  {DisplayWidth.Pad("预算执行率", 28)}{DisplayWidth.Pad(S(f.Weight), 8, true)}{DisplayWidth.Pad(S(f.Score), 8, true)}  {f.Working}");
            if (f.Stated is { } stated && stated != f.Score) w.WriteLine($"  {new string(' ', 28)}表中填写得分 {S(stated)}");
        }

        w.WriteLine();
        if (sheet.Total is { } total)
        {
            w.WriteLine($"总分：{S(total)}（满分 {S(sheet.MaxTotal)}）" + (sheet.StatedTotal is { } t && t != total ? $"；表中总分 {S(t)}" : ""));
            w.WriteLine($"等级：{sheet.Grade}" + (sheet.StatedGrade is { } g2 && g2 != sheet.Grade ? $"；表中等级 {g2}" : ""));
            return;
        }

        // Incomplete: say which rows lack a score; no total and no grade from a partial sum.
        var missing = sheet.Unscored.Select(i => $"“{i.Name}”").ToList();
        if (sheet.FundsUnscored) missing.Add("预算执行率");
        w.WriteLine($"计分表不完整：{string.Join("、", missing)}既无法计算也没有填写得分，总分和等级无法得出。");
        w.WriteLine($"已计分部分合计 {S(sheet.ScoredSum)}（满分 {S(sheet.MaxTotal)}），不是总分；请填写上述得分或改正其指标值、实际完成值后再计分。");
        w.WriteLine("总分：无法得出" + (sheet.StatedTotal is { } st ? $"；表中总分 {S(st)}" : ""));
        w.WriteLine("等级：无法得出" + (sheet.StatedGrade is { } sg ? $"；表中等级 {sg}" : ""));
    }

    /// <summary>A subtotal of rows some of which have no score is only the sum of the others: it says so.</summary>
    private static string Partial(IEnumerable<IndicatorScore> rows) => rows.Any(i => i.Score is null) ? "，不完整" : "";

    private static string Row(params string[] cells) =>
        string.Join("  ", cells.Select((text, i) => Columns[i].Width == 0 ? text : DisplayWidth.Pad(text, Columns[i].Width, Columns[i].Right))).TrimEnd();

    private static string S(decimal? value) => value is { } v ? ScoreNames.Format(v) : "";
}
