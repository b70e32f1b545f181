using PerfReport.Model;
using PerfReport.Rendering.Docx;
using PerfReport.Rendering.ViewModels;
using static PerfReport.Rendering.Tables.Cells;

namespace PerfReport.Rendering.Tables;

/// <summary>The figures of 附表2 that the tool computes when the file leaves them out.</summary>
internal sealed record SelfEvaluationFigures(string ExecutionRate, string FundsWeight, string FundsScore, Func<Indicator, string> Score, string Total);

/// <summary>
/// 附表2 部门整体支出绩效自评表, as the seed's form lays it out: one table on a 10-column grid, the head (预算部门,
/// funds, 年度总体目标) and then the indicators. 绩效指标 spans the indicator header and the indicator rows; 一级 and
/// 二级 names are merged vertically over their rows. On every further page the indicator header starts the page again
/// and the 一级/二级 names cut by the break are printed again with "（续）" (<see cref="TablePages"/>).
/// </summary>
internal static class SelfEvaluationTable
{
    /// <summary>
    /// Widths from the contents: 三级指标 and 偏差原因分析及改进措施 (columns 3, 8 and 9) take what the labels and figures
    /// leave.
    /// </summary>
    private static readonly ColumnWidths Grid = ColumnWidths.Fit(10, 3, 8, 9);

    /// <summary>Rows of one 二级指标 up to this many stay on one page.</summary>
    private const int CategoryKeptTogether = 4;

    /// <summary>An indicator row whose 偏差原因分析 is longer than this may split across pages.</summary>
    private const int LongExplanation = 300;

    public static IReadOnlyList<TableSpec> Build(Evaluation model, string year, SelfEvaluationFigures figures)
    {
        var rows = Head(model, figures);
        int header = rows.Count;
        rows.AddRange(Indicators(model, figures));
        return [new TableSpec(Grid, rows, 0, TableFontSize.Xiaowu, $"{year}年度部门整体支出绩效自评表") { Pages = new PageBreaks(header, 1, "（续）") }];
    }

    private static List<TableRowSpec> Head(Evaluation model, SelfEvaluationFigures figures)
    {
        var s = model.SelfEvaluation;
        var f = s?.Funds;
        var funds = FundsFigures(model);
        var rows = new List<TableRowSpec>
        {
            Row(Mid("预算部门", 2), Left(model.Department?.Name?.Value ?? "", 8)),
            Row(Start("年度预算申请\n（万元）"), Mid("", 3), Mid("年初预算数"), Mid("全年预算数"), Mid("全年执行数"), Mid("分值"), Mid("执行率"), Mid("得分")),
            Row(
                Continue(),
                Mid("年度资金总额", 3),
                Mid(Money(funds.Initial)),
                Mid(Money(funds.Budget)),
                Mid(Money(funds.Executed)),
                Mid(FundsWeight(model, figures)),
                Mid(figures.ExecutionRate),
                Mid(figures.FundsScore)),
        };

        // 其中 rows (MoF 2020 form), only when the file has them: 分值 and 得分 are the total's alone.
        if (f is not null && f.SubRows.Any())
        {
            EvaluationFundsRow?[] subRows = [f.Appropriation, f.CarryOver, f.OtherFunds];
            string[] labels = ["其中：本年财政拨款", "上年结转资金", "其他资金"];
            for (var i = 0; i < subRows.Length; i++)
            {
                var r = subRows[i];
                rows.Add(Row(Continue(), Mid(labels[i], 3), Mid(Money(r?.InitialBudget)), Mid(Money(r?.FullYearBudget)), Mid(Money(r?.Executed)),
                    Mid("——"), Mid(r is null ? "" : SubRowRate(r)), Mid("——")));
            }
        }

        rows.Add(Row(Continue(), Left("按收入性质分：", 5), Left("按支出性质分：", 4)));

        var byIncome = ByIncome(model);
        var byExpenditure = ByExpenditure(model);
        for (var i = 0; i < 4; i++)
            rows.Add(Row(Continue(), Left(byIncome[i], 5), Left(i < byExpenditure.Length ? byExpenditure[i] : "", 4)));

        rows.Add(Row(Start("年度总体目标"), Mid("预期目标", 5), Mid("实际完成情况", 4)));
        var goals = string.Join("\n", (s?.Goals ?? []).Select((g, i) => $"目标{i + 1}：{ReportViewModelBuilder.Item(g.Value)}"));
        rows.Add(Row(Continue(), Left(goals, 5), Left(ReportViewModelBuilder.Flatten(s?.GoalsAchievement?.Value ?? ""), 4)) with { MaySplit = true });
        return rows;
    }

    /// <summary>年度资金总额's 年初预算数, 全年预算数 and 全年执行数: as stated, else from the narrative where it holds them.</summary>
    internal static (decimal? Initial, decimal? Budget, decimal? Executed) FundsFigures(Evaluation model)
    {
        var f = model.SelfEvaluation?.Funds;
        return (
            f?.InitialBudget?.Value ?? model.BudgetVsFinal?.InitialBudget?.Value,
            f?.FullYearBudget?.Value,
            f?.Executed?.Value ?? (model.Expenditure is { } e ? Derived.ExpenditureTotal(e) : null));
    }

    /// <summary>年度资金总额's 分值 as printed: the table's, else the profile's.</summary>
    internal static string FundsWeight(Evaluation model, SelfEvaluationFigures figures) =>
        model.SelfEvaluation?.Funds?.Weight is { } w ? Numbers.Score(w.Value) : figures.FundsWeight;

    /// <summary>A 其中 row's 执行率: as stated, else its 全年执行数 ÷ 全年预算数, else blank.</summary>
    private static string SubRowRate(EvaluationFundsRow r) =>
        r.ExecutionRate.State != CellState.Blank ? Percent(r.ExecutionRate)
        : r.Executed.Value is { } e && r.FullYearBudget.Value is { } b && Numbers.PercentOf(e, b) is { } p ? Numbers.Percent(p) : "";

    private static string[] ByIncome(Evaluation model)
    {
        var b = model.SelfEvaluation?.Funds?.ByIncome;
        string Of(Cell? cell, IncomeNature nature) => b is not null ? Money(cell) : Money(FromSources(model, nature));
        return
        [
            $"其中：一般公共预算：{Of(b?.GeneralBudget, IncomeNature.GeneralBudget)}",
            $"政府性基金拨款：{Of(b?.GovernmentFund, IncomeNature.GovernmentFund)}",
            $"纳入专户管理的非税收入拨款：{Of(b?.SpecialAccount, IncomeNature.SpecialAccount)}",
            $"其他资金：{Of(b?.Other, IncomeNature.Other)}",
        ];
    }

    /// <summary>With no 按收入性质分 block, the income sources of that nature add up to it (blank when there are none).</summary>
    private static decimal? FromSources(Evaluation model, IncomeNature nature)
    {
        var sources = model.Income?.Sources.Where(s => s.Nature?.Value == nature).ToList() ?? [];
        return sources.Count == 0 ? null : Derived.SumOrNull(sources.Select(s => s.Amount?.Value));
    }

    private static string[] ByExpenditure(Evaluation model)
    {
        var b = model.SelfEvaluation?.Funds?.ByExpenditure;
        var e = model.Expenditure;
        var basic = b is not null ? Money(b.Basic) : Money(Derived.BasicTotal(e?.Basic));
        var project = b is not null ? Money(b.Project) : Money(Derived.ProjectTotal(e?.Project));
        return [$"其中：基本支出：{basic}", $"项目支出：{project}"];
    }

    private static List<TableRowSpec> Indicators(Evaluation model, SelfEvaluationFigures figures)
    {
        var groups = model.SelfEvaluation?.Indicators ?? [];
        var rows = new List<TableRowSpec>
        {
            Row(Start("绩效指标"), Mid("一级指标"), Mid("二级指标"), Mid("三级指标"), Mid("年度指标值"), Mid("实际完成值"), Mid("分值"), Mid("得分"), Mid("偏差原因分析及改进措施", 2)),
        };
        foreach (var g in groups)
        {
            var groupLabel = g.Weight is { } w ? $"{g.Name?.Value}（{Numbers.Score(w.Value)}分）" : g.Name?.Value ?? "";
            var groupRows = new List<TableRowSpec>();
            var firstInGroup = true;
            foreach (var c in g.Categories)
            {
                var firstInCategory = true;
                var categoryRows = new List<TableRowSpec>();
                foreach (var i in c.Indicators)
                {
                    var deviation = ReportViewModelBuilder.Flatten(i.Deviation?.Value ?? "");
                    categoryRows.Add(Row(
                        Continue(),
                        firstInGroup ? Start(groupLabel) : Continue(),
                        firstInCategory ? Start(c.Name?.Value ?? "") : Continue(),
                        Left(i.Name?.Value ?? ""),
                        Mid(i.Target?.Value ?? ""),
                        Mid(i.Actual?.Value ?? ""),
                        Mid(i.Weight is { } iw ? Numbers.Score(iw.Value) : ""),
                        Mid(figures.Score(i)),
                        Left(deviation, 2)) with
                    { MaySplit = deviation.Length > LongExplanation });
                    firstInGroup = firstInCategory = false;
                }

                groupRows.AddRange(KeepTogether(categoryRows, CategoryKeptTogether));
            }

            rows.AddRange(groupRows);
        }

        // The 总分 row never stands alone under the repeated header: the two rows above it stay with it.
        for (int k = Math.Max(1, rows.Count - 2); k < rows.Count; k++) rows[k] = rows[k] with { KeepWithNext = true };
        rows.Add(Row(Mid("总分", 6), Mid("100"), Mid(figures.Total), Mid("", 2)));
        return rows;
    }

    /// <summary>A short run of rows stays on one page, so that its merged label is not cut for a row or two.</summary>
    private static IEnumerable<TableRowSpec> KeepTogether(List<TableRowSpec> rows, int most) =>
        rows.Count > most ? rows : rows.Select((r, i) => r with { KeepWithNext = i < rows.Count - 1 });

}
