using System.Globalization;
using PerfReport.Model;
using PerfReport.Rendering.Tables;
using static PerfReport.Rendering.Tables.Cells;

namespace PerfReport.Rendering.ViewModels;

/// <summary>
/// The figures of the two attached tables as the forms print them, for the table templates (templates/tables/*.table.yaml):
/// what the file states, else what the narrative already holds. The row labels are the templates'; nothing here is a label.
/// </summary>
internal static class TableFigures
{
    /// <summary>附表1: staffing, 经费控制情况 (stated, or derived from the narrative when the file leaves the block out), 楼堂馆所, 厉行节约.</summary>
    public static BasicDataView BasicData(Evaluation model)
    {
        var table = model.BasicDataTable;
        var staffing = model.BasicInfo?.Staffing;
        var stated = table?.StaffControlRate;
        var rate = table?.StaffControlRateNotApplicable == true ? "——"
            : stated is not null ? Numbers.Percent(stated.Value)
            : staffing is { Authorized: { } a, Actual: { } b } && Numbers.PercentOf(b.Value, a.Value) is { } p ? Numbers.Percent(p) : "";
        var bl = table?.Buildings;
        var buildings = new BuildingsView(
            Money(bl?.ApprovedArea), Money(bl?.ActualArea), Percent(bl?.AreaControlRate), Money(bl?.BudgetInvestment), Money(bl?.ActualInvestment), Percent(bl?.InvestmentControlRate));
        var thrift = table?.ThriftMeasures is { } t ? ReportViewModelBuilder.Flatten(t.Value) : "";
        var authorized = staffing?.Authorized?.Value.ToString(CultureInfo.InvariantCulture) ?? "";
        var actual = staffing?.Actual?.Value.ToString(CultureInfo.InvariantCulture) ?? "";

        var f = table?.Funds;
        if (f is not null)
        {
            static FundsLineView Line(FundsRow? row) => new(Money(row?.PriorActual), Money(row?.Budget), Money(row?.Actual));
            var projects = f.SpecialProjects.Select((s, i) => Special(i, s.Name?.Value, Money(s.Row?.PriorActual), Money(s.Row?.Budget), Money(s.Row?.Actual))).ToList();
            return new BasicDataView(
                authorized, actual, rate, true,
                Line(f.Total), Line(f.Basic), Line(f.Public), Line(f.Project), Line(f.Operation),
                projects,
                Line(f.ThreePublic), Line(f.Vehicles), Line(f.VehiclePurchase), Line(f.VehicleOperation), Line(f.Overseas), Line(f.Reception), Line(f.Procurement),
                buildings, thrift);
        }

        // No funds block in the file: the figures the narrative already holds, the rest blank.
        var e = model.Expenditure;
        var initial = model.BudgetVsFinal?.InitialBudget?.Value ?? model.SelfEvaluation?.Funds?.InitialBudget?.Value;
        static FundsLineView DerivedLine(decimal? budget, decimal? actual) => new("", Money(budget), Money(actual));
        var none = DerivedLine(null, null);
        var derived = e?.Project?.Projects.Select((p, i) => Special(i, p.Name?.Value, "", Money(p.Budget?.Value), Money(p.Actual?.Value))).ToList() ?? [];
        return new BasicDataView(
            authorized, actual, rate, false,
            DerivedLine(initial, e is null ? null : Model.Derived.ExpenditureTotal(e)),
            DerivedLine(null, Model.Derived.BasicTotal(e?.Basic)),
            DerivedLine(null, e?.Basic?.Public?.Value),
            DerivedLine(null, Model.Derived.ProjectTotal(e?.Project)),
            none,
            derived,
            none, none, none, none, none, none, none,
            buildings, thrift);
    }

    private static SpecialProjectView Special(int index, string? name, string priorActual, string budget, string actual)
    {
        var number = (index + 1).ToString(CultureInfo.InvariantCulture);
        var item = ReportViewModelBuilder.Item(name ?? "");
        return new SpecialProjectView(number, $"专项{number}：{item}", item, priorActual, budget, actual);
    }

    /// <summary>年度资金总额's 年初预算数, 全年预算数 and 全年执行数: as stated, else from the narrative where it holds them.</summary>
    internal static (decimal? Initial, decimal? Budget, decimal? Executed) FundsFigures(Evaluation model)
    {
        var f = model.SelfEvaluation?.Funds;
        return (
            f?.InitialBudget?.Value ?? model.BudgetVsFinal?.InitialBudget?.Value,
            f?.FullYearBudget?.Value,
            f?.Executed?.Value ?? (model.Expenditure is { } e ? Model.Derived.ExpenditureTotal(e) : null));
    }

    /// <summary>年度资金总额's 分值 as printed: the table's, else the profile's.</summary>
    internal static string FundsWeight(Evaluation model, SelfEvaluationFigures figures) =>
        model.SelfEvaluation?.Funds?.Weight is { } w ? Numbers.Score(w.Value) : figures.FundsWeight;

    /// <summary>The 其中 rows, only when the file has them.</summary>
    public static FundsSubRowsView SubRows(Evaluation model)
    {
        var f = model.SelfEvaluation?.Funds;
        static FundsSubRowView Row(EvaluationFundsRow? r) => r is null
            ? new(false, "", "", "", "")
            : new(true, Money(r.InitialBudget), Money(r.FullYearBudget), Money(r.Executed), SubRowRate(r));
        return new FundsSubRowsView(f is not null && f.SubRows.Any(), Row(f?.Appropriation), Row(f?.CarryOver), Row(f?.OtherFunds));
    }

    /// <summary>A 其中 row's 执行率: as stated, else its 全年执行数 ÷ 全年预算数, else blank.</summary>
    private static string SubRowRate(EvaluationFundsRow r) =>
        r.ExecutionRate.State != CellState.Blank ? Percent(r.ExecutionRate)
        : r.Executed.Value is { } e && r.FullYearBudget.Value is { } b && Numbers.PercentOf(e, b) is { } p ? Numbers.Percent(p) : "";

    /// <summary>按收入性质分: as stated; with no such block, the income sources of each nature added up (blank when there are none).</summary>
    public static IncomeNatureView ByIncome(Evaluation model)
    {
        var b = model.SelfEvaluation?.Funds?.ByIncome;
        string Of(Cell? cell, IncomeNature nature) => b is not null ? Money(cell) : Money(FromSources(model, nature));
        return new IncomeNatureView(
            Of(b?.GeneralBudget, IncomeNature.GeneralBudget),
            Of(b?.GovernmentFund, IncomeNature.GovernmentFund),
            Of(b?.SpecialAccount, IncomeNature.SpecialAccount),
            Of(b?.Other, IncomeNature.Other));
    }

    private static decimal? FromSources(Evaluation model, IncomeNature nature)
    {
        var sources = model.Income?.Sources.Where(s => s.Nature?.Value == nature).ToList() ?? [];
        return sources.Count == 0 ? null : Model.Derived.SumOrNull(sources.Select(s => s.Amount?.Value));
    }

    /// <summary>按支出性质分: as stated, else 基本支出 and 项目支出 of the narrative.</summary>
    public static ExpenditureNatureView ByExpenditure(Evaluation model)
    {
        var b = model.SelfEvaluation?.Funds?.ByExpenditure;
        var e = model.Expenditure;
        return new ExpenditureNatureView(
            b is not null ? Money(b.Basic) : Money(Model.Derived.BasicTotal(e?.Basic)),
            b is not null ? Money(b.Project) : Money(Model.Derived.ProjectTotal(e?.Project)));
    }
}
