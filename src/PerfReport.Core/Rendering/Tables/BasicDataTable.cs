using PerfReport.Model;
using PerfReport.Rendering.Docx;
using PerfReport.Rendering.ViewModels;
using static PerfReport.Rendering.Tables.Cells;

namespace PerfReport.Rendering.Tables;

/// <summary>
/// 附表1 部门整体支出绩效评价基础数据表, as the seed's form lays it out. The grid has 7 columns: the label, then the three
/// year columns of 经费控制情况 each spanning two, which gives the 楼堂馆所 block its six columns.
/// When the file leaves the funds block out, the 本年决算 and 本年预算 figures are derived from the narrative's figures.
/// Widths come from the contents, the label column taking what the figures leave; a long table continues on the next
/// page under the 经费控制情况 header row.
/// </summary>
internal static class BasicDataTable
{
    public static TableSpec Build(Evaluation model, string year, string priorYear)
    {
        var table = model.BasicDataTable;
        var rows = new List<TableRowSpec>();
        Staff(model, year, rows);
        int fundsHeader = rows.Count;
        Funds(model, year, priorYear, rows);

        // A continuation page has at least two funds rows under its header; the 楼堂馆所 block, 厉行节约 and the notes hold together.
        for (int k = Math.Max(fundsHeader + 1, rows.Count - 2); k < rows.Count; k++) rows[k] = rows[k] with { KeepWithNext = true };
        Buildings(table?.Buildings, priorYear, rows);
        rows.Add(Row(Mid("厉行节约保障措施"), Left(ReportText(table?.ThriftMeasures), 6)) with { MaySplit = true });
        return new TableSpec(ColumnWidths.Fit(7, 0), rows, 0, TableFontSize.Wuhao, $"{year}年度部门整体支出绩效评价基础数据表")
        {
            Pages = new PageBreaks(fundsHeader, 1, "（续）"),
        };
    }

    private static string ReportText(PerfReport.Text.Located<string>? text) => text is null ? "" : ReportViewModelBuilder.Flatten(text.Value);

    private static void Staff(Evaluation model, string year, List<TableRowSpec> rows)
    {
        var staffing = model.BasicInfo?.Staffing;
        var stated = model.BasicDataTable?.StaffControlRate;
        var rate = model.BasicDataTable?.StaffControlRateNotApplicable == true ? "——"
            : stated is not null ? Numbers.Percent(stated.Value)
            : staffing is { Authorized: { } a, Actual: { } b } && Numbers.PercentOf(b.Value, a.Value) is { } p ? Numbers.Percent(p) : "";
        rows.Add(Row(Start("财政供养人员情况（人）"), Mid("编制数", 2), Mid($"{year}年实际在职人数", 2), Mid("控制率", 2)) with { KeepWithNext = true });
        rows.Add(Row(
            Continue(),
            Mid(staffing?.Authorized?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", 2),
            Mid(staffing?.Actual?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", 2),
            Mid(rate, 2)));
    }

    private static void Funds(Evaluation model, string year, string priorYear, List<TableRowSpec> rows)
    {
        var f = model.BasicDataTable?.Funds;
        rows.Add(Row(Mid("经费控制情况（万元）"), Mid($"{priorYear}年决算数", 2), Mid($"{year}年预算数", 2), Mid($"{year}年决算数", 2)));
        if (f is null)
        {
            DerivedFunds(model, rows);
            return;
        }

        foreach (var line in FundsTable.Lines.Take(FundsTable.SpecialProjectsAfter)) Line(rows, line.Label, line.Row(f));
        var i = 0;
        foreach (var s in f.SpecialProjects) Line(rows, $"专项{++i}：{ReportViewModelBuilder.Item(s.Name?.Value ?? "")}", s.Row);
        foreach (var line in FundsTable.Lines.Skip(FundsTable.SpecialProjectsAfter)) Line(rows, line.Label, line.Row(f));
    }

    private static void Line(List<TableRowSpec> rows, string label, FundsRow? row) =>
        rows.Add(Row(Left(label), Mid(Money(row?.PriorActual), 2), Mid(Money(row?.Budget), 2), Mid(Money(row?.Actual), 2)));

    /// <summary>No funds block in the file: the figures the narrative already holds, the rest blank.</summary>
    private static void DerivedFunds(Evaluation model, List<TableRowSpec> rows)
    {
        var e = model.Expenditure;
        var initial = model.BudgetVsFinal?.InitialBudget?.Value ?? model.SelfEvaluation?.Funds?.InitialBudget?.Value;
        void Add(string label, decimal? budget, decimal? actual) =>
            rows.Add(Row(Left(label), Mid("", 2), Mid(Money(budget), 2), Mid(Money(actual), 2)));
        Add("支出总额", initial, e is null ? null : Derived.ExpenditureTotal(e));
        Add("基本支出", null, Derived.BasicTotal(e?.Basic));
        Add("　其中：公用经费", null, e?.Basic?.Public?.Value);
        Add("项目支出", null, Derived.ProjectTotal(e?.Project));
        Add("　其中：1、运行维护经费", null, null);
        var i = 0;
        foreach (var p in e?.Project?.Projects ?? []) Add($"专项{++i}：{ReportViewModelBuilder.Item(p.Name?.Value ?? "")}", p.Budget?.Value, p.Actual?.Value);
        foreach (var label in new[] { "三公经费", "　1、公务用车购置和维护经费", "　　其中：公车购置", "　　　　　公车运行维护", "　2、出国经费", "　3、公务接待", "政府采购金额" })
            Add(label, null, null);
    }

    private static void Buildings(Buildings? b, string priorYear, List<TableRowSpec> rows)
    {
        rows.Add(new TableRowSpec([
            Start($"楼堂馆所控制情况（{priorYear}年完工项目）"),
            Mid("批复规模（㎡）"),
            Mid("实际规模（㎡）"),
            Mid("规模控制率"),
            Mid("预算投资（万元）"),
            Mid("实际投资（万元）"),
            Mid("投资概算控制率")], KeepWithNext: true));
        rows.Add(new TableRowSpec([
            Continue(),
            Mid(Money(b?.ApprovedArea)),
            Mid(Money(b?.ActualArea)),
            Mid(Percent(b?.AreaControlRate)),
            Mid(Money(b?.BudgetInvestment)),
            Mid(Money(b?.ActualInvestment)),
            Mid(Percent(b?.InvestmentControlRate))], KeepWithNext: true));
    }
}
