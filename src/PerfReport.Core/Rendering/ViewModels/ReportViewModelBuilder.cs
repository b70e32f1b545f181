using System.Globalization;
using PerfReport.Model;
using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Rendering.ViewModels;

/// <summary>Builds the view model from the model: formats every figure once, derives what was left out.</summary>
internal static class ReportViewModelBuilder
{
    /// <summary>
    /// The view model; a figure or part that is missing is a marker of <paramref name="needs"/> (see <see cref="ReportNeeds"/>).
    /// The scores are the score sheet's where the file states none (blank without a sheet).
    /// </summary>
    public static ReportViewModel Build(Evaluation model, ReportNeeds needs, ScoreSheet? sheet = null)
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
            FinanceBureau = model.Department?.FinanceBureau?.Value.Trim() is { Length: > 0 } bureau ? bureau : needs.Mark("department.finance_bureau", "布置自评工作的财政部门"),
            Self = model.Department?.SelfReference?.Value ?? "我单位",
            Duties = Required(model.BasicInfo?.Duties.Select(d => Item(d.Value)).Where(d => d.Length > 0).ToList() ?? [], needs, "basic_info.duties", "主要职责"),
            Organization = Required(Paragraphs(model.BasicInfo?.Organization), needs, "basic_info.organization", "机构设置"),
            Staffing = Staffing(model.BasicInfo?.Staffing, needs),
            Income = Income(model.Income, needs),
            Expenditure = Expenditure(model.Expenditure, model.BasicDataTable?.Funds, needs),
            Budget = Budget(model, needs),
            GovernmentFund = Other(model.OtherBudgets?.GovernmentFund, needs, "government_fund", "政府性基金预算支出"),
            StateCapital = Other(model.OtherBudgets?.StateCapital, needs, "state_capital", "国有资本经营预算支出"),
            SocialInsurance = Other(model.OtherBudgets?.SocialInsurance, needs, "social_insurance", "社会保险基金预算支出"),
            Performance = Performance(model, needs),
            Problems = Required(model.Problems.Select(p => Item(p.Value)).Where(p => p.Length > 0).ToList(), needs, "problems", "存在的问题"),
            Measures = Required(model.Measures.Select(p => Item(p.Value)).Where(p => p.Length > 0).ToList(), needs, "measures", "改进措施"),
            ResultsApplication = Required(Paragraphs(model.ResultsApplication), needs, "results_application", "自评结果拟应用和公开情况"),
            OtherRemarks = Required(Paragraphs(model.OtherRemarks), needs, "other_remarks", "其他需要说明的情况", "；没有的写“无其他需要说明的情况。”"),
            Signature = new SignatureView(
                model.Signature?.FilledBy?.Value.Trim() ?? "",
                model.Signature?.Date?.Value.Trim() ?? "",
                model.Signature?.Phone?.Value.Trim() ?? "",
                model.Signature?.Head?.Value.Trim() ?? ""),
            Attachments = [$"{yearText}年度部门整体支出绩效评价基础数据表", $"{yearText}年度部门整体支出绩效自评表"],
            SelfEvaluation = SelfEvaluation(model, sheet),
            BasicData = TableFigures.BasicData(model),
        };
    }

    /// <summary>附表2's figures, each as the table prints it (<see cref="ReportBuilder.FiguresFor"/> decides the scores).</summary>
    private static SelfEvaluationView SelfEvaluation(Evaluation model, ScoreSheet? sheet)
    {
        var s = model.SelfEvaluation;
        var figures = ReportBuilder.FiguresFor(model, sheet);
        var funds = TableFigures.FundsFigures(model);
        var groupScores = sheet?.Groups.ToDictionary(g => g.YamlPath, StringComparer.Ordinal) ?? [];
        var categoryScores = sheet?.Groups.SelectMany(g => g.Categories).ToDictionary(c => c.YamlPath, StringComparer.Ordinal) ?? [];
        var indicatorScores = sheet?.Indicators.ToDictionary(i => i.YamlPath, StringComparer.Ordinal) ?? [];
        var all = new List<IndicatorView>();
        var groups = new List<IndicatorGroupView>();
        foreach (var g in s?.Indicators ?? [])
        {
            var groupName = g.Name?.Value.Trim() ?? "";
            var categories = new List<IndicatorCategoryView>();
            foreach (var c in g.Categories)
            {
                var categoryName = c.Name?.Value.Trim() ?? "";
                var indicators = c.Indicators.Select(i => new IndicatorView(
                    groupName,
                    categoryName,
                    i.Name?.Value.Trim() ?? "",
                    i.Kind is { } k ? Vocabulary.Of(k.Value).Label : indicatorScores.GetValueOrDefault(i.Path)?.Kind is { } inferred ? ScoreNames.Label(inferred) : "",
                    i.Target?.Value.Trim() ?? "",
                    i.Actual?.Value.Trim() ?? "",
                    Score(i.Weight?.Value),
                    figures.Score(i),
                    Flatten(i.Deviation?.Value ?? ""))).ToList();
                all.AddRange(indicators);
                var cs = categoryScores.GetValueOrDefault(c.Path);
                categories.Add(new IndicatorCategoryView(categoryName, Score(cs?.Weight), Score(cs?.Score), indicators));
            }

            var gs = groupScores.GetValueOrDefault(g.Path);
            groups.Add(new IndicatorGroupView(groupName, Score(g.Weight?.Value ?? gs?.Weight), Score(g.Weight?.Value), Score(gs?.Score), categories));
        }

        return new SelfEvaluationView(
            s is not null,
            figures.Total,
            s?.Grade?.Value.Trim() is { Length: > 0 } grade ? grade : sheet?.Grade ?? "",
            Score(sheet?.MaxTotal),
            new SelfEvaluationFundsView(Money(funds.Initial), Money(funds.Budget), Money(funds.Executed), TableFigures.FundsWeight(model, figures), figures.ExecutionRate, figures.FundsScore),
            s?.Goals.Select(goal => Item(goal.Value)).ToList() ?? [],
            Flatten(s?.GoalsAchievement?.Value ?? ""),
            groups,
            all,
            TableFigures.SubRows(model),
            TableFigures.ByIncome(model),
            TableFigures.ByExpenditure(model));
    }

    private static string Score(decimal? value) => value is { } v ? Numbers.Score(v) : "";

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

    private static string Money(decimal? value) => value is { } v ? Numbers.ReportMoney(v) : "";

    /// <summary>An amount the sentence needs: the figure, or the marker of the missing field.</summary>
    private static string Money(decimal? value, ReportNeeds needs, string path, string what, string hint = "") =>
        value is { } v ? Numbers.ReportMoney(v) : needs.Mark(path, what, hint);

    /// <summary>A name or text the sentence needs.</summary>
    private static string Name(string? value, ReportNeeds needs, string path, string what) =>
        value is null ? needs.Mark(path, what) : Item(value) is { Length: > 0 } v ? v : needs.Mark(path, what);

    /// <summary>A part of the report: its items, or one marker standing for the missing part.</summary>
    private static List<string> Required(List<string> items, ReportNeeds needs, string path, string what, string hint = "") =>
        items.Count > 0 ? items : [needs.Mark(path, what, hint, NeedKind.Section)];

    private static StaffingView Staffing(Staffing? s, ReportNeeds needs) => new(
        s?.Authorized is not null || s?.Actual is not null,
        s?.EstablishmentType?.Value ?? "行政编制",
        s?.Authorized?.Value.ToString(CultureInfo.InvariantCulture) ?? needs.Mark("basic_info.staffing.authorized", "编制数"),
        s?.Actual?.Value.ToString(CultureInfo.InvariantCulture) ?? needs.Mark("basic_info.staffing.actual", "实际在职人数"),
        s?.StaffTerm?.Value ?? "在职人员");

    private static IncomeView Income(Income? income, ReportNeeds needs)
    {
        var sources = income?.Sources.Select(s => new IncomeSourceView(
            Name(s.Name?.Value, needs, s.Path + ".name", "收入名称"),
            Money(s.Amount?.Value, needs, s.Path + ".amount", "收入金额"),
            s.Breakdown.Select(b => new BreakdownView(b.Name?.Value ?? "", Money(b.Amount?.Value), Share(b, s))).ToList(),
            Stated(s.Share),
            YearOnYear(s.YearOnYear, s.Amount?.Value))).ToList() ?? [];
        if (sources.Count == 0) sources.Add(new IncomeSourceView(needs.Mark("income.sources", "各项收入来源", "", NeedKind.Section), "", [], "", YearOnYearView.None));
        var total = income is null ? null : Derived.IncomeTotal(income);
        return new IncomeView(income is not null, Money(total, needs, "income.total", "本年度总收入", "；写明 total 或列出各项收入来源"), sources, YearOnYear(income?.YearOnYear, total));
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

    private static ExpenditureView Expenditure(Expenditure? e, FundsTable? funds, ReportNeeds needs)
    {
        var projects = e?.Project?.Projects.Select((p, i) => new ProjectView(
            Name(p.Name?.Value, needs, $"expenditure.project.projects[{i}].name", "项目名称"),
            Money(p.Actual?.Value, needs, $"expenditure.project.projects[{i}].actual", "项目决算数"),
            p.Purpose?.Value ?? "")).ToList() ?? [];
        return new ExpenditureView(
            e is not null,
            ExpenditureTotal(e, needs),
            BasicTotal(e, needs),
            Money(e?.Basic?.Personnel?.Value, needs, "expenditure.basic.personnel", "人员经费"),
            Flatten(e?.Basic?.PersonnelCovers?.Value ?? ""),
            Money(e?.Basic?.Public?.Value, needs, "expenditure.basic.public", "公用经费"),
            Flatten(e?.Basic?.PublicCovers?.Value ?? ""),
            ProjectTotal(e, needs),
            projects,
            Flatten(e?.Project?.Purpose?.Value ?? ""),
            Stated(e?.Basic?.Share),
            Stated(e?.Project?.Share),
            YearOnYear(e?.YearOnYear, e is null ? null : Derived.ExpenditureTotal(e)),
            ThreePublic(funds));
    }

    private static string ExpenditureTotal(Expenditure? e, ReportNeeds needs) =>
        Money(e is null ? null : Derived.ExpenditureTotal(e), needs, "expenditure.total", "本年度支出合计", "；写明 total 或写明基本支出和项目支出");

    private static string BasicTotal(Expenditure? e, ReportNeeds needs) =>
        Money(Derived.BasicTotal(e?.Basic), needs, "expenditure.basic.total", "基本支出", "；写明 total 或写明人员经费和公用经费");

    private static string ProjectTotal(Expenditure? e, ReportNeeds needs) =>
        Money(Derived.ProjectTotal(e?.Project), needs, "expenditure.project.total", "项目支出", "；写明 total 或列出各项目的决算数");

    private static BudgetView Budget(Evaluation model, ReportNeeds needs)
    {
        var b = model.BudgetVsFinal;
        return new BudgetView(
            b?.InitialBudget is not null,
            Money(b?.InitialBudget?.Value, needs, "budget_vs_final.initial_budget", "年初预算数"),
            ExpenditureTotal(model.Expenditure, needs),
            b?.Reasons.Select(r => new ReasonView(Flatten(r.Text?.Value ?? ""), Money(r.Amount is { } x ? Math.Abs(x.Value) : null))).ToList() ?? []);
    }

    /// <summary>三、四、五: "本年度无……" only when the file says none; a section left out is a missing part, not a claim of none.</summary>
    private static OtherBudgetView Other(OtherBudget? o, ReportNeeds needs, string key, string what)
    {
        var path = "other_budgets." + key;
        if (o is { None: true }) return new OtherBudgetView(true, "", []);
        if (o is null) return new OtherBudgetView(false, needs.Mark(path, what, "；没有的写 none", NeedKind.Section), []);
        return new OtherBudgetView(false, Money(o.Amount?.Value, needs, path + ".amount", what + "金额"), Paragraphs(o.Text));
    }

    private static PerformanceView Performance(Evaluation model, ReportNeeds needs)
    {
        var e = model.Expenditure;
        var p = model.Performance;
        return new PerformanceView(
            ExpenditureTotal(e, needs),
            BasicTotal(e, needs),
            ProjectTotal(e, needs),
            Paragraphs(p?.Summary),
            Paragraphs(p?.AchievementsIntro),
            p?.Achievements.Select(Achievement).ToList() ?? []);
    }

    private static AchievementView Achievement(Achievement a) =>
        new(Item(a.Title?.Value ?? "").TrimEnd('。'), Paragraphs(a.Text), a.Items.Select(Achievement).ToList());
}
