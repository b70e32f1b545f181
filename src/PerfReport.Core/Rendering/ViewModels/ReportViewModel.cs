namespace PerfReport.Rendering.ViewModels;

/// <summary>
/// All that templates see: figures already formatted (2 decimals, percentages, scores), lists ready, derived figures
/// filled in. Templates never reach the raw model. Property names reach templates in snake_case.
/// </summary>
internal sealed class ReportViewModel
{
    public required string Year { get; init; }

    public required string PriorYear { get; init; }

    public required string Title { get; init; }

    public required string Department { get; init; }

    public required string Region { get; init; }

    public required string FinanceBureau { get; init; }

    /// <summary>How the unit names itself in generated sentences ("我会"; default "我单位").</summary>
    public required string Self { get; init; }

    public required List<string> Duties { get; init; }

    public required List<string> Organization { get; init; }

    public required StaffingView Staffing { get; init; }

    public required IncomeView Income { get; init; }

    public required ExpenditureView Expenditure { get; init; }

    public required BudgetView Budget { get; init; }

    public required OtherBudgetView GovernmentFund { get; init; }

    public required OtherBudgetView StateCapital { get; init; }

    public required OtherBudgetView SocialInsurance { get; init; }

    public required PerformanceView Performance { get; init; }

    public required List<string> Problems { get; init; }

    public required List<string> Measures { get; init; }

    public required List<string> ResultsApplication { get; init; }

    public required List<string> OtherRemarks { get; init; }

    public required SignatureView Signature { get; init; }

    /// <summary>附表2's figures and scores.</summary>
    public required SelfEvaluationView SelfEvaluation { get; init; }

    /// <summary>附表1's figures as the table prints them.</summary>
    public required BasicDataView BasicData { get; init; }

    /// <summary>The titles of the attached tables, in order ("2022年度部门整体支出绩效评价基础数据表", …).</summary>
    public required List<string> Attachments { get; init; }
}

/// <summary>填表人 / 填报日期 / 联系电话 / 单位负责人; blank when not filled in.</summary>
internal sealed record SignatureView(string FilledBy, string Date, string Phone, string Head);

internal sealed record StaffingView(bool Present, string EstablishmentType, string Authorized, string Actual, string StaffTerm);

internal sealed record IncomeView(bool Present, string Total, List<IncomeSourceView> Sources, YearOnYearView YearOnYear);

/// <summary>An income source; its share (of 总收入, "95.35%") is blank when not stated.</summary>
internal sealed record IncomeSourceView(string Name, string Amount, List<BreakdownView> Breakdown, string Share, YearOnYearView YearOnYear);

/// <summary>
/// A figure against last year, for "比上年增加8.64万元，增长8.74%": the direction words and the unsigned amount and rate.
/// Not present when the file states nothing of last year; the rate is blank when last year is unknown or 0.
/// </summary>
internal sealed record YearOnYearView(bool Present, bool Flat, string Direction, string Amount, string RateDirection, string Rate)
{
    public static YearOnYearView None { get; } = new(false, false, "", "", "", "");
}

/// <summary>The 三公 items with their stated shares; present only when a share is stated and the 三公经费 total is known.</summary>
internal sealed record ThreePublicView(bool Present, string Total, List<ThreePublicItemView> Items);

internal sealed record ThreePublicItemView(string Name, string Amount, string Share);

internal sealed record BreakdownView(string Name, string Amount, string Share);

internal sealed record ExpenditureView(
    bool Present,
    string Total,
    string BasicTotal,
    string Personnel,
    string PersonnelCovers,
    string Public,
    string PublicCovers,
    string ProjectTotal,
    List<ProjectView> Projects,
    string ProjectPurpose,
    string BasicShare,
    string ProjectShare,
    YearOnYearView YearOnYear,
    ThreePublicView ThreePublic);

internal sealed record ProjectView(string Name, string Actual, string Purpose);

internal sealed record BudgetView(bool Present, string Initial, string Final, List<ReasonView> Reasons);

internal sealed record ReasonView(string Text, string Amount);

/// <summary>政府性基金 / 国有资本经营 / 社会保险基金: none, or an amount and text.</summary>
internal sealed record OtherBudgetView(bool None, string Amount, List<string> Text);

internal sealed record PerformanceView(string Amount, string BasicAmount, string ProjectAmount, List<string> Summary, List<string> Intro, List<AchievementView> Achievements);

internal sealed record AchievementView(string Title, List<string> Paragraphs, List<AchievementView> Items);

/// <summary>
/// 附表2 as figures a template can print: the funds line, goals, every indicator with the score the table shows (the
/// stated score, else the computed one), the subtotals, the total and the grade. Blank where the table is blank.
/// </summary>
internal sealed record SelfEvaluationView(
    bool Present,
    string Total,
    string Grade,
    string MaxTotal,
    SelfEvaluationFundsView Funds,
    List<string> Goals,
    string GoalsAchievement,
    List<IndicatorGroupView> Groups,
    List<IndicatorView> Indicators,
    FundsSubRowsView SubRows,
    IncomeNatureView ByIncome,
    ExpenditureNatureView ByExpenditure);

/// <summary>The 其中 rows of 年度资金总额 (MoF 2020 form): present only when the file has at least one of them.</summary>
internal sealed record FundsSubRowsView(bool Present, FundsSubRowView Appropriation, FundsSubRowView CarryOver, FundsSubRowView OtherFunds);

/// <summary>One 其中 row: its figures as printed ("——" when not applicable) and its 执行率 (stated, else computed).</summary>
internal sealed record FundsSubRowView(bool Present, string InitialBudget, string Budget, string Executed, string Rate);

/// <summary>按收入性质分: the stated block, else the income sources of each nature added up; blank when neither.</summary>
internal sealed record IncomeNatureView(string GeneralBudget, string GovernmentFund, string SpecialAccount, string Other);

/// <summary>按支出性质分: the stated block, else 基本支出 and 项目支出 of the narrative.</summary>
internal sealed record ExpenditureNatureView(string Basic, string Project);

/// <summary>
/// 附表1 as figures: staffing, the funds block (as stated, or derived from the narrative when the file leaves it out),
/// the 楼堂馆所 block and 厉行节约. Every figure is blank when not filled in and "——" when not applicable.
/// </summary>
internal sealed record BasicDataView(
    string StaffAuthorized,
    string StaffActual,
    string StaffControlRate,
    bool FundsStated,
    FundsLineView Total,
    FundsLineView Basic,
    FundsLineView Public,
    FundsLineView Project,
    FundsLineView Operation,
    List<SpecialProjectView> SpecialProjects,
    FundsLineView ThreePublic,
    FundsLineView Vehicles,
    FundsLineView VehiclePurchase,
    FundsLineView VehicleOperation,
    FundsLineView Overseas,
    FundsLineView Reception,
    FundsLineView Procurement,
    BuildingsView Buildings,
    string ThriftMeasures);

/// <summary>One row of 经费控制情况: 上年决算数, 本年预算数, 本年决算数.</summary>
internal sealed record FundsLineView(string PriorActual, string Budget, string Actual);

/// <summary>A 专项 row: its number (1, 2, …), its label as the form prints it ("专项1：…"), its name and figures.</summary>
internal sealed record SpecialProjectView(string Number, string Label, string Name, string PriorActual, string Budget, string Actual);

/// <summary>楼堂馆所控制情况.</summary>
internal sealed record BuildingsView(string ApprovedArea, string ActualArea, string AreaControlRate, string BudgetInvestment, string ActualInvestment, string InvestmentControlRate);

/// <summary>年度资金总额: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 and 得分 as the table prints them.</summary>
internal sealed record SelfEvaluationFundsView(string InitialBudget, string Budget, string Executed, string Weight, string Rate, string Score);

/// <summary>A 一级指标: its name, 分值 (its weight) and 得分 (the sum of its indicators' scores).</summary>
/// <summary>The 分值 stated in the table (blank when the table states none) is what the form prints after the name.</summary>
internal sealed record IndicatorGroupView(string Name, string Weight, string StatedWeight, string Score, List<IndicatorCategoryView> Categories);

/// <summary>A 二级指标 with its 三级指标.</summary>
internal sealed record IndicatorCategoryView(string Name, string Weight, string Score, List<IndicatorView> Indicators);

/// <summary>A 三级指标 row of 附表2, with the names of its 一级 and 二级 (for one row loop with merged columns).</summary>
internal sealed record IndicatorView(string Group, string Category, string Name, string Kind, string Target, string Actual, string Weight, string Score, string Deviation);
