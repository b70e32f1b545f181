using System.Globalization;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Rendering.ViewModels;

/// <summary>Builds the view model from the model: formats every figure once, derives what was left out.</summary>
internal static class ReportViewModelBuilder
{
    public static ReportViewModel Build(Evaluation model)
    {
        var year = model.Year?.Value ?? 0;
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        var name = model.Department?.Name?.Value ?? "";
        return new ReportViewModel
        {
            Year = yearText,
            PriorYear = (year - 1).ToString(CultureInfo.InvariantCulture),
            Title = $"{yearText}年度{name}部门整体支出绩效自评报告",
            Department = name,
            Region = model.Department?.Region?.Value ?? "",
            FinanceBureau = model.Department?.FinanceBureau?.Value ?? "",
            Self = model.Department?.SelfReference?.Value ?? "我单位",
            Duties = model.BasicInfo?.Duties.Select(d => Item(d.Value)).ToList() ?? [],
            Organization = Paragraphs(model.BasicInfo?.Organization),
            Staffing = Staffing(model.BasicInfo?.Staffing),
            Income = Income(model.Income),
            Expenditure = Expenditure(model.Expenditure, model.BasicDataTable?.Funds),
            Budget = Budget(model),
            GovernmentFund = Other(model.OtherBudgets?.GovernmentFund),
            StateCapital = Other(model.OtherBudgets?.StateCapital),
            SocialInsurance = Other(model.OtherBudgets?.SocialInsurance),
            Performance = Performance(model),
            Problems = model.Problems.Select(p => Item(p.Value)).ToList(),
            Measures = model.Measures.Select(p => Item(p.Value)).ToList(),
            ResultsApplication = Paragraphs(model.ResultsApplication),
            OtherRemarks = Paragraphs(model.OtherRemarks),
            Signature = new SignatureView(
                model.Signature?.FilledBy?.Value.Trim() ?? "",
                model.Signature?.Date?.Value.Trim() ?? "",
                model.Signature?.Phone?.Value.Trim() ?? "",
                model.Signature?.Head?.Value.Trim() ?? ""),
            Attachments = [$"{yearText}年度部门整体支出绩效评价基础数据表", $"{yearText}年度部门整体支出绩效自评表"],
        };
    }

    /// <summary>Each non-empty line of a text block is a paragraph; surrounding white space is dropped.</summary>
    public static List<string> Paragraphs(Located<string>? text) =>
        text is null ? [] : text.Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>A text meant as one paragraph: its lines joined.</summary>
    internal static string Flatten(string text) => string.Concat(text.Split('\n').Select(l => l.Trim()));

    /// <summary>
    /// An item the tool numbers itself (a duty, problem, measure, achievement title, goal, 专项, income source): one
    /// paragraph, without the number the department may have typed before it (PR5005 reports that number).
    /// </summary>
    internal static string Item(string text) => ItemNumber.Strip(Flatten(text));

    private static string Money(decimal? value) => value is { } v ? Numbers.Money(v) : "";

    private static StaffingView Staffing(Staffing? s) => new(
        s?.Authorized is not null || s?.Actual is not null,
        s?.EstablishmentType?.Value ?? "行政编制",
        s?.Authorized?.Value.ToString(CultureInfo.InvariantCulture) ?? "",
        s?.Actual?.Value.ToString(CultureInfo.InvariantCulture) ?? "",
        s?.StaffTerm?.Value ?? "在职人员");

    private static IncomeView Income(Income? income)
    {
        if (income is null) return new IncomeView(false, "", [], YearOnYearView.None);
        var sources = income.Sources.Select(s => new IncomeSourceView(
            Item(s.Name?.Value ?? ""),
            Money(s.Amount?.Value),
            s.Breakdown.Select(b => new BreakdownView(b.Name?.Value ?? "", Money(b.Amount?.Value), Share(b, s))).ToList(),
            Stated(s.Share),
            YearOnYear(s.YearOnYear, s.Amount?.Value))).ToList();
        return new IncomeView(true, Money(Derived.IncomeTotal(income)), sources, YearOnYear(income.YearOnYear, Derived.IncomeTotal(income)));
    }

    /// <summary>A stated percentage as printed; blank when not stated (new shares are printed only as stated).</summary>
    private static string Stated(Located<decimal>? share) => share is { } s ? Numbers.Percent(s.Value) : "";

    /// <summary>The change against last year, stated or derived; absent when the file states nothing of last year.</summary>
    private static YearOnYearView YearOnYear(YearOnYear? y, decimal? current)
    {
        if (y is null || Derived.Change(y, current) is not { } change) return YearOnYearView.None;
        var rate = Derived.ChangeRate(y, current);
        return new YearOnYearView(
            true,
            change == 0 && rate is null or 0,
            change < 0 ? "减少" : "增加",
            Numbers.Money(Math.Abs(change)),
            rate < 0 ? "下降" : "增长",
            rate is { } r ? Numbers.Percent(Math.Abs(r)) : "");
    }

    private static ThreePublicView ThreePublic(FundsTable? f)
    {
        if (f is null) return new ThreePublicView(false, "", []);
        (string Name, FundsRow? Row)[] rows = [("公务用车购置和维护经费", f.Vehicles), ("出国经费", f.Overseas), ("公务接待费", f.Reception)];
        var total = f.ThreePublic?.Actual.Value ?? Derived.SumOrNull(rows.Select(r => r.Row?.Actual.Value));
        var items = rows.Where(r => r.Row is { Actual.HasValue: true })
            .Select(r => new ThreePublicItemView(r.Name, Numbers.Money(r.Row!.Actual.Value!.Value), Stated(r.Row.Share))).ToList();
        var present = total is not null && rows.Any(r => r.Row?.Share is not null);
        return new ThreePublicView(present, Money(total), items);
    }

    /// <summary>The stated share, or the share of the source's amount when none is stated.</summary>
    private static string Share(BreakdownItem b, IncomeSource s)
    {
        if (b.Share is { } stated) return Numbers.Percent(stated.Value);
        if (b.Amount is null || s.Amount is null) return "";
        return Numbers.PercentOf(b.Amount.Value, s.Amount.Value) is { } p ? Numbers.Percent(p) : "";
    }

    private static ExpenditureView Expenditure(Expenditure? e, FundsTable? funds)
    {
        if (e is null) return new ExpenditureView(false, "", "", "", "", "", "", "", [], "", "", "", YearOnYearView.None, ThreePublic(funds));
        var projects = e.Project?.Projects.Select(p => new ProjectView(Item(p.Name?.Value ?? ""), Money(p.Actual?.Value), p.Purpose?.Value ?? "")).ToList() ?? [];
        return new ExpenditureView(
            true,
            Money(Derived.ExpenditureTotal(e)),
            Money(Derived.BasicTotal(e.Basic)),
            Money(e.Basic?.Personnel?.Value),
            Flatten(e.Basic?.PersonnelCovers?.Value ?? ""),
            Money(e.Basic?.Public?.Value),
            Flatten(e.Basic?.PublicCovers?.Value ?? ""),
            Money(Derived.ProjectTotal(e.Project)),
            projects,
            Flatten(e.Project?.Purpose?.Value ?? ""),
            Stated(e.Basic?.Share),
            Stated(e.Project?.Share),
            YearOnYear(e.YearOnYear, Derived.ExpenditureTotal(e)),
            ThreePublic(funds));
    }

    private static BudgetView Budget(Evaluation model)
    {
        var b = model.BudgetVsFinal;
        var final = model.Expenditure is { } e ? Derived.ExpenditureTotal(e) : null;
        if (b is null) return new BudgetView(false, "", Money(final), []);
        return new BudgetView(
            b.InitialBudget is not null,
            Money(b.InitialBudget?.Value),
            Money(final),
            b.Reasons.Select(r => new ReasonView(Flatten(r.Text?.Value ?? ""), Money(r.Amount?.Value))).ToList());
    }

    private static OtherBudgetView Other(OtherBudget? o) =>
        o is null || o.None ? new OtherBudgetView(true, "", []) : new OtherBudgetView(false, Money(o.Amount?.Value), Paragraphs(o.Text));

    private static PerformanceView Performance(Evaluation model)
    {
        var e = model.Expenditure;
        var p = model.Performance;
        return new PerformanceView(
            Money(e is null ? null : Derived.ExpenditureTotal(e)),
            Money(Derived.BasicTotal(e?.Basic)),
            Money(Derived.ProjectTotal(e?.Project)),
            Paragraphs(p?.Summary),
            Paragraphs(p?.AchievementsIntro),
            p?.Achievements.Select(Achievement).ToList() ?? []);
    }

    private static AchievementView Achievement(Achievement a) =>
        new(Item(a.Title?.Value ?? "").TrimEnd('。'), Paragraphs(a.Text), a.Items.Select(Achievement).ToList());
}
