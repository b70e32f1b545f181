using System.Globalization;
using Scriban.Runtime;

namespace PerfReport.Rendering.ViewModels;

/// <summary>
/// The view model as Scriban data, built member by member: no .NET object reaches the template engine, so nothing is
/// found by reflection and a trimmed or native (AOT) build sees every variable. Each member is declared once here,
/// with its kind and Chinese description: the data given to templates and the list <c>perfreport templates vars</c>
/// prints come from the same declaration. Names are the snake_case of the properties (<c>PriorYear</c> →
/// <c>prior_year</c>); a test keeps this list equal to the view model's properties.
/// <para>
/// Amounts and scores reach templates as decimals printed exactly as the report prints them ("107.49", "9.5"), so that
/// arithmetic stays decimal: <c>income.total + 1</c> is 108.49, never a string joined to "107.491" nor a binary
/// floating-point value. A figure the file lacks stays the text it is (blank, or the marker of the missing field).
/// </para>
/// </summary>
internal static class ScriptData
{
    private const string TextType = "文本";
    private const string FlagType = "是/否";
    private const string AmountType = "金额（万元，两位小数，可运算）";
    private const string AmountOrMarkType = "金额（万元，两位小数，可运算；不适用时为“——”）";
    private const string ScoreType = "分数（可运算）";
    private const string CountType = "人数（可运算）";
    private const string TextsType = "文本列表";
    private const string ObjectType = "对象";
    private const string ListType = "列表";

    private static readonly Shape<SignatureView> Signature = new(
        Text<SignatureView>("filled_by", "填表人", v => v.FilledBy),
        Text<SignatureView>("date", "填报日期", v => v.Date),
        Text<SignatureView>("phone", "联系电话", v => v.Phone),
        Text<SignatureView>("head", "单位负责人", v => v.Head));

    private static readonly Shape<StaffingView> Staffing = new(
        Flag<StaffingView>("present", "文件写了编制数或实际在职人数", v => v.Present),
        Text<StaffingView>("establishment_type", "编制类型（默认“行政编制”）", v => v.EstablishmentType),
        Count<StaffingView>("authorized", "编制数", v => v.Authorized),
        Count<StaffingView>("actual", "实际在职人数", v => v.Actual),
        Text<StaffingView>("staff_term", "人员的称呼（默认“在职人员”）", v => v.StaffTerm));

    private static readonly Shape<YearOnYearView> YearOnYear = new(
        Flag<YearOnYearView>("present", "文件写了上年数或比上年的变化", v => v.Present),
        Flag<YearOnYearView>("flat", "与上年持平", v => v.Flat),
        Text<YearOnYearView>("direction", "“增加”或“减少”", v => v.Direction),
        Amount<YearOnYearView>("amount", "比上年增减的金额（不带符号）", v => v.Amount),
        Text<YearOnYearView>("rate_direction", "“增长”或“下降”", v => v.RateDirection),
        Text<YearOnYearView>("rate", "增减幅度（如“8.74%”，不带符号；上年为 0 或未知时为空）", v => v.Rate));

    private static readonly Shape<BreakdownView> Breakdown = new(
        Text<BreakdownView>("name", "明细名称", v => v.Name),
        Amount<BreakdownView>("amount", "明细金额", v => v.Amount),
        Text<BreakdownView>("share", "占该项收入的比例（如“81.14%”；写明的，或按金额算出的）", v => v.Share));

    private static readonly Shape<IncomeSourceView> IncomeSource = new(
        Text<IncomeSourceView>("name", "收入来源名称", v => v.Name),
        Amount<IncomeSourceView>("amount", "金额", v => v.Amount),
        List("breakdown", "收入明细", (IncomeSourceView v) => v.Breakdown, () => Breakdown),
        Text<IncomeSourceView>("share", "占总收入的比例（只在文件写明时有）", v => v.Share),
        Object("year_on_year", "与上年比较", (IncomeSourceView v) => v.YearOnYear, () => YearOnYear));

    private static readonly Shape<IncomeView> Income = new(
        Flag<IncomeView>("present", "文件写了收入部分", v => v.Present),
        Amount<IncomeView>("total", "本年度总收入（写明的，或各项收入之和）", v => v.Total),
        List("sources", "各项收入来源", (IncomeView v) => v.Sources, () => IncomeSource),
        Object("year_on_year", "总收入与上年比较", (IncomeView v) => v.YearOnYear, () => YearOnYear));

    private static readonly Shape<ThreePublicItemView> ThreePublicItem = new(
        Text<ThreePublicItemView>("name", "项目（公务用车购置和维护经费、出国经费、公务接待费）", v => v.Name),
        Amount<ThreePublicItemView>("amount", "金额", v => v.Amount),
        Text<ThreePublicItemView>("share", "占“三公”经费的比例（写明时有）", v => v.Share));

    private static readonly Shape<ThreePublicView> ThreePublic = new(
        Flag<ThreePublicView>("present", "写了“三公”经费合计和至少一项的比例", v => v.Present),
        Amount<ThreePublicView>("total", "“三公”经费合计", v => v.Total),
        List("items", "有金额的各项", (ThreePublicView v) => v.Items, () => ThreePublicItem));

    private static readonly Shape<ProjectView> Project = new(
        Text<ProjectView>("name", "项目名称", v => v.Name),
        Amount<ProjectView>("actual", "项目决算数", v => v.Actual),
        Text<ProjectView>("purpose", "项目用途", v => v.Purpose));

    private static readonly Shape<ExpenditureView> Expenditure = new(
        Flag<ExpenditureView>("present", "文件写了支出部分", v => v.Present),
        Amount<ExpenditureView>("total", "本年度支出合计", v => v.Total),
        Amount<ExpenditureView>("basic_total", "基本支出", v => v.BasicTotal),
        Amount<ExpenditureView>("personnel", "人员经费", v => v.Personnel),
        Text<ExpenditureView>("personnel_covers", "人员经费主要包括的内容", v => v.PersonnelCovers),
        Amount<ExpenditureView>("public", "日常公用经费", v => v.Public),
        Text<ExpenditureView>("public_covers", "公用经费包括的内容", v => v.PublicCovers),
        Amount<ExpenditureView>("project_total", "项目支出", v => v.ProjectTotal),
        List("projects", "各项目", (ExpenditureView v) => v.Projects, () => Project),
        Text<ExpenditureView>("project_purpose", "项目支出的总体用途", v => v.ProjectPurpose),
        Text<ExpenditureView>("basic_share", "基本支出占支出合计的比例（写明时有）", v => v.BasicShare),
        Text<ExpenditureView>("project_share", "项目支出占支出合计的比例（写明时有）", v => v.ProjectShare),
        Object("year_on_year", "支出合计与上年比较", (ExpenditureView v) => v.YearOnYear, () => YearOnYear),
        Object("three_public", "“三公”经费", (ExpenditureView v) => v.ThreePublic, () => ThreePublic));

    private static readonly Shape<ReasonView> Reason = new(
        Text<ReasonView>("text", "预决算差异的原因", v => v.Text),
        Amount<ReasonView>("amount", "该原因涉及的金额（不带符号）", v => v.Amount));

    private static readonly Shape<BudgetView> Budget = new(
        Flag<BudgetView>("present", "文件写了年初预算数", v => v.Present),
        Amount<BudgetView>("initial", "年初预算数", v => v.Initial),
        Amount<BudgetView>("final", "决算数（支出合计）", v => v.Final),
        List("reasons", "预决算差异的原因", (BudgetView v) => v.Reasons, () => Reason));

    private static readonly Shape<OtherBudgetView> OtherBudget = new(
        Flag<OtherBudgetView>("none", "本年度没有这项支出", v => v.None),
        Amount<OtherBudgetView>("amount", "金额", v => v.Amount),
        Texts<OtherBudgetView>("text", "说明（每段一项）", v => v.Text));

    private static readonly Shape<AchievementView> Achievement = new(
        Text<AchievementView>("title", "成效标题（不带编号和句号）", v => v.Title),
        Texts<AchievementView>("paragraphs", "成效的段落", v => v.Paragraphs),

        // Read when built, after this field is set: an achievement's items are achievements.
        List("items", "下一级成效（结构相同）", (AchievementView v) => v.Items, () => Achievement!));

    private static readonly Shape<PerformanceView> Performance = new(
        Amount<PerformanceView>("amount", "部门整体支出（支出合计）", v => v.Amount),
        Amount<PerformanceView>("basic_amount", "基本支出", v => v.BasicAmount),
        Amount<PerformanceView>("project_amount", "项目支出", v => v.ProjectAmount),
        Texts<PerformanceView>("summary", "绩效情况总述的段落", v => v.Summary),
        Texts<PerformanceView>("intro", "成效前的引言段落", v => v.Intro),
        List("achievements", "各项成效", (PerformanceView v) => v.Achievements, () => Achievement));

    private static readonly Shape<SelfEvaluationFundsView> Funds = new(
        Amount<SelfEvaluationFundsView>("initial_budget", "年初预算数", v => v.InitialBudget),
        Amount<SelfEvaluationFundsView>("budget", "全年预算数", v => v.Budget),
        Amount<SelfEvaluationFundsView>("executed", "全年执行数", v => v.Executed),
        Score<SelfEvaluationFundsView>("weight", "预算执行率的分值", v => v.Weight),
        Text<SelfEvaluationFundsView>("rate", "执行率（如“100.00%”）", v => v.Rate),
        Score<SelfEvaluationFundsView>("score", "预算执行率的得分", v => v.Score));

    private static readonly Shape<IndicatorView> Indicator = new(
        Text<IndicatorView>("group", "所属一级指标", v => v.Group),
        Text<IndicatorView>("category", "所属二级指标", v => v.Category),
        Text<IndicatorView>("name", "三级指标", v => v.Name),
        Text<IndicatorView>("kind", "指标性质：正向、反向、等于或定性（写明的，或计分时判断的）", v => v.Kind),
        Text<IndicatorView>("target", "年度指标值", v => v.Target),
        Text<IndicatorView>("actual", "实际完成值", v => v.Actual),
        Score<IndicatorView>("weight", "分值", v => v.Weight),
        Score<IndicatorView>("score", "得分（写明的，否则按评分规则算出的）", v => v.Score),
        Text<IndicatorView>("deviation", "偏差原因分析及改进措施", v => v.Deviation));

    private static readonly Shape<IndicatorCategoryView> Category = new(
        Text<IndicatorCategoryView>("name", "二级指标", v => v.Name),
        Score<IndicatorCategoryView>("weight", "分值（所属三级指标分值之和）", v => v.Weight),
        Score<IndicatorCategoryView>("score", "得分（所属三级指标得分之和）", v => v.Score),
        List("indicators", "三级指标", (IndicatorCategoryView v) => v.Indicators, () => Indicator));

    private static readonly Shape<IndicatorGroupView> Group = new(
        Text<IndicatorGroupView>("name", "一级指标", v => v.Name),
        Score<IndicatorGroupView>("weight", "分值（表中写明的，或评分规则的默认值，或所属指标之和）", v => v.Weight),
        Score<IndicatorGroupView>("stated_weight", "表中写明的分值（没写时为空；自评表在一级指标名后印“（N分）”用）", v => v.StatedWeight),
        Score<IndicatorGroupView>("score", "得分（所属三级指标得分之和）", v => v.Score),
        List("categories", "二级指标", (IndicatorGroupView v) => v.Categories, () => Category));

    private static readonly Shape<FundsSubRowView> FundsSubRow = new(
        Flag<FundsSubRowView>("present", "文件写了这一行", v => v.Present),
        Figure<FundsSubRowView>("initial_budget", "年初预算数（不适用时为“——”）", v => v.InitialBudget),
        Figure<FundsSubRowView>("budget", "全年预算数", v => v.Budget),
        Figure<FundsSubRowView>("executed", "全年执行数", v => v.Executed),
        Text<FundsSubRowView>("rate", "执行率（写明的，否则按全年执行数÷全年预算数算出的）", v => v.Rate));

    private static readonly Shape<FundsSubRowsView> FundsSubRows = new(
        Flag<FundsSubRowsView>("present", "文件写了“其中”行（本年财政拨款、上年结转资金、其他资金至少一行）", v => v.Present),
        Object("appropriation", "其中：本年财政拨款", (FundsSubRowsView v) => v.Appropriation, () => FundsSubRow),
        Object("carry_over", "上年结转资金", (FundsSubRowsView v) => v.CarryOver, () => FundsSubRow),
        Object("other_funds", "其他资金", (FundsSubRowsView v) => v.OtherFunds, () => FundsSubRow));

    private static readonly Shape<IncomeNatureView> IncomeNature = new(
        Figure<IncomeNatureView>("general_budget", "一般公共预算（写明的，否则为该性质的收入来源之和）", v => v.GeneralBudget),
        Figure<IncomeNatureView>("government_fund", "政府性基金拨款", v => v.GovernmentFund),
        Figure<IncomeNatureView>("special_account", "纳入专户管理的非税收入拨款", v => v.SpecialAccount),
        Figure<IncomeNatureView>("other", "其他资金", v => v.Other));

    private static readonly Shape<ExpenditureNatureView> ExpenditureNature = new(
        Figure<ExpenditureNatureView>("basic", "基本支出（写明的，否则为支出部分的基本支出）", v => v.Basic),
        Figure<ExpenditureNatureView>("project", "项目支出（写明的，否则为支出部分的项目支出）", v => v.Project));

    private static readonly Shape<SelfEvaluationView> SelfEvaluation = new(
        Flag<SelfEvaluationView>("present", "文件有自评表", v => v.Present),
        Score<SelfEvaluationView>("total", "自评总分（写明的，否则算出的）", v => v.Total),
        Text<SelfEvaluationView>("grade", "等级：优、良、中或差（写明的，否则按总分定的）", v => v.Grade),
        Score<SelfEvaluationView>("max_total", "满分（各一级指标与预算执行率分值之和，通常为 100）", v => v.MaxTotal),
        Object("funds", "年度资金总额与预算执行率", (SelfEvaluationView v) => v.Funds, () => Funds),
        Texts<SelfEvaluationView>("goals", "年度总体目标（每个目标一项，不带编号）", v => v.Goals),
        Text<SelfEvaluationView>("goals_achievement", "年度总体目标的实际完成情况", v => v.GoalsAchievement),
        List("groups", "一级指标（含二级、三级指标，供嵌套循环）", (SelfEvaluationView v) => v.Groups, () => Group),
        List("indicators", "全部三级指标，按表中顺序（供一个行循环，一级、二级指标用 merge 合并）", (SelfEvaluationView v) => v.Indicators, () => Indicator),
        Object("sub_rows", "年度资金总额的“其中”行", (SelfEvaluationView v) => v.SubRows, () => FundsSubRows),
        Object("by_income", "按收入性质分", (SelfEvaluationView v) => v.ByIncome, () => IncomeNature),
        Object("by_expenditure", "按支出性质分", (SelfEvaluationView v) => v.ByExpenditure, () => ExpenditureNature));

    private static readonly Shape<FundsLineView> FundsLine = new(
        Figure<FundsLineView>("prior_actual", "上年决算数（空白为未填，“——”为不适用）", v => v.PriorActual),
        Figure<FundsLineView>("budget", "本年预算数", v => v.Budget),
        Figure<FundsLineView>("actual", "本年决算数", v => v.Actual));

    private static readonly Shape<SpecialProjectView> SpecialProject = new(
        Count<SpecialProjectView>("number", "序号（1、2、……）", v => v.Number),
        Text<SpecialProjectView>("label", "基础数据表中的行名（“专项1：……”）", v => v.Label),
        Text<SpecialProjectView>("name", "专项名称", v => v.Name),
        Figure<SpecialProjectView>("prior_actual", "上年决算数", v => v.PriorActual),
        Figure<SpecialProjectView>("budget", "本年预算数", v => v.Budget),
        Figure<SpecialProjectView>("actual", "本年决算数", v => v.Actual));

    private static readonly Shape<BuildingsView> Buildings = new(
        Figure<BuildingsView>("approved_area", "批复规模（㎡）", v => v.ApprovedArea),
        Figure<BuildingsView>("actual_area", "实际规模（㎡）", v => v.ActualArea),
        Text<BuildingsView>("area_control_rate", "规模控制率", v => v.AreaControlRate),
        Figure<BuildingsView>("budget_investment", "预算投资（万元）", v => v.BudgetInvestment),
        Figure<BuildingsView>("actual_investment", "实际投资（万元）", v => v.ActualInvestment),
        Text<BuildingsView>("investment_control_rate", "投资概算控制率", v => v.InvestmentControlRate));

    private static readonly Shape<BasicDataView> BasicData = new(
        Count<BasicDataView>("staff_authorized", "编制数（未填时为空）", v => v.StaffAuthorized),
        Count<BasicDataView>("staff_actual", "实际在职人数（未填时为空）", v => v.StaffActual),
        Text<BasicDataView>("staff_control_rate", "控制率（写明的，或实际在职人数÷编制数；不适用时为“——”）", v => v.StaffControlRate),
        Flag<BasicDataView>("funds_stated", "文件写了经费控制情况（否则下列数字取自报告正文，其余为空）", v => v.FundsStated),
        Object("total", "支出总额", (BasicDataView v) => v.Total, () => FundsLine),
        Object("basic", "基本支出", (BasicDataView v) => v.Basic, () => FundsLine),
        Object("public", "其中：公用经费", (BasicDataView v) => v.Public, () => FundsLine),
        Object("project", "项目支出", (BasicDataView v) => v.Project, () => FundsLine),
        Object("operation", "其中：运行维护经费", (BasicDataView v) => v.Operation, () => FundsLine),
        List("special_projects", "各专项（没写经费控制情况时为支出部分的各项目）", (BasicDataView v) => v.SpecialProjects, () => SpecialProject),
        Object("three_public", "三公经费", (BasicDataView v) => v.ThreePublic, () => FundsLine),
        Object("vehicles", "公务用车购置和维护经费", (BasicDataView v) => v.Vehicles, () => FundsLine),
        Object("vehicle_purchase", "其中：公车购置", (BasicDataView v) => v.VehiclePurchase, () => FundsLine),
        Object("vehicle_operation", "公车运行维护", (BasicDataView v) => v.VehicleOperation, () => FundsLine),
        Object("overseas", "出国经费", (BasicDataView v) => v.Overseas, () => FundsLine),
        Object("reception", "公务接待", (BasicDataView v) => v.Reception, () => FundsLine),
        Object("procurement", "政府采购金额", (BasicDataView v) => v.Procurement, () => FundsLine),
        Object("buildings", "楼堂馆所控制情况（上年完工项目）", (BasicDataView v) => v.Buildings, () => Buildings),
        Text<BasicDataView>("thrift_measures", "厉行节约保障措施", v => v.ThriftMeasures));

    private static readonly Shape<ReportViewModel> Report = new(
        Text<ReportViewModel>("year", "年度（如“2022”）", m => m.Year),
        Text<ReportViewModel>("prior_year", "上一年度", m => m.PriorYear),
        Text<ReportViewModel>("title", "报告标题（“2022年度……部门整体支出绩效自评报告”）", m => m.Title),
        Text<ReportViewModel>("department", "部门（单位）名称", m => m.Department),
        Text<ReportViewModel>("region", "所在地区", m => m.Region),
        Text<ReportViewModel>("finance_bureau", "布置自评工作的财政部门", m => m.FinanceBureau),
        Text<ReportViewModel>("self", "单位的自称（默认“我单位”）", m => m.Self),
        Texts<ReportViewModel>("duties", "主要职责（每项一条，不带编号）", m => m.Duties),
        Texts<ReportViewModel>("organization", "机构设置的段落", m => m.Organization),
        Object("staffing", "人员编制", (ReportViewModel m) => m.Staffing, () => Staffing),
        Object("income", "收入", (ReportViewModel m) => m.Income, () => Income),
        Object("expenditure", "支出", (ReportViewModel m) => m.Expenditure, () => Expenditure),
        Object("budget", "预决算对比", (ReportViewModel m) => m.Budget, () => Budget),
        Object("government_fund", "政府性基金预算支出", (ReportViewModel m) => m.GovernmentFund, () => OtherBudget),
        Object("state_capital", "国有资本经营预算支出", (ReportViewModel m) => m.StateCapital, () => OtherBudget),
        Object("social_insurance", "社会保险基金预算支出", (ReportViewModel m) => m.SocialInsurance, () => OtherBudget),
        Object("performance", "部门整体支出绩效情况", (ReportViewModel m) => m.Performance, () => Performance),
        Texts<ReportViewModel>("problems", "存在的问题（每项一条）", m => m.Problems),
        Texts<ReportViewModel>("measures", "改进措施（每项一条）", m => m.Measures),
        Texts<ReportViewModel>("results_application", "自评结果拟应用和公开情况的段落", m => m.ResultsApplication),
        Texts<ReportViewModel>("other_remarks", "其他需要说明的情况的段落", m => m.OtherRemarks),
        Object("signature", "填表人、日期、电话、负责人", (ReportViewModel m) => m.Signature, () => Signature),
        Object("basic_data", "基础数据表（附表1）的数字", (ReportViewModel m) => m.BasicData, () => BasicData),
        Texts<ReportViewModel>("attachments", "附表的标题", m => m.Attachments),
        Object("self_evaluation", "自评表（附表2）的数字、得分、总分和等级", (ReportViewModel m) => m.SelfEvaluation, () => SelfEvaluation));

    /// <summary>The functions every template can call, beside the variables.</summary>
    public static IReadOnlyList<TemplateVariable> Functions { get; } =
    [
        new("cn_number", "函数", "整数的中文数字：cn_number 12 → 十二（标题编号用）", []),
    ];

    /// <summary>The template data of one report.</summary>
    public static ScriptObject Of(ReportViewModel m) => Report.Build(m);

    /// <summary>Every variable, as declared, in the order templates see them.</summary>
    public static IReadOnlyList<TemplateVariable> Variables => Report.Describe([]);

    /// <summary>
    /// A figure as printed, as the decimal that prints the same ("107.49" → 107.49m, "9.5" → 9.5m, "0.00" → 0.00m);
    /// any other text (blank, a marker) stays text.
    /// </summary>
    internal static object Number(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
        && d.ToString(CultureInfo.InvariantCulture) == text
            ? d
            : text;

    private static Field<T> Text<T>(string name, string description, Func<T, string> get) => new(name, TextType, description, v => get(v), null);

    private static Field<T> Flag<T>(string name, string description, Func<T, bool> get) => new(name, FlagType, description, v => get(v), null);

    private static Field<T> Amount<T>(string name, string description, Func<T, string> get) => new(name, AmountType, description, v => Number(get(v)), null);

    private static Field<T> Figure<T>(string name, string description, Func<T, string> get) => new(name, AmountOrMarkType, description, v => Number(get(v)), null);

    private static Field<T> Score<T>(string name, string description, Func<T, string> get) => new(name, ScoreType, description, v => Number(get(v)), null);

    private static Field<T> Count<T>(string name, string description, Func<T, string> get) => new(name, CountType, description, v => Number(get(v)), null);

    private static Field<T> Texts<T>(string name, string description, Func<T, List<string>> get) => new(name, TextsType, description, v => Strings(get(v)), null);

    private static Field<T> Object<T, TMember>(string name, string description, Func<T, TMember> get, Func<Shape<TMember>> shape) =>
        new(name, ObjectType, description, v => shape().Build(get(v)), open => shape().Describe(open));

    private static Field<T> List<T, TItem>(string name, string description, Func<T, List<TItem>> get, Func<Shape<TItem>> shape) =>
        new(name, ListType, description, v => Array(get(v), shape()), open => shape().Describe(open));

    private static ScriptArray Strings(List<string> items)
    {
        var a = new ScriptArray(items.Count);
        foreach (var s in items) a.Add(s);
        return a;
    }

    private static ScriptArray Array<TItem>(List<TItem> items, Shape<TItem> shape)
    {
        var a = new ScriptArray(items.Count);
        foreach (var item in items) a.Add(shape.Build(item));
        return a;
    }

    /// <summary>One member of a view-model type: its name, kind and description, and how to read it.</summary>
    private sealed record Field<T>(string Name, string Type, string Description, Func<T, object> Read, Func<HashSet<Type>, IReadOnlyList<TemplateVariable>>? Members);

    /// <summary>The members of one view-model type.</summary>
    private sealed class Shape<T>(params Field<T>[] fields)
    {
        public ScriptObject Build(T value)
        {
            var o = new ScriptObject(fields.Length);
            foreach (var f in fields) o.SetValue(f.Name, f.Read(value), readOnly: false);
            return o;
        }

        /// <summary>
        /// The members, and theirs; a type within itself (an achievement's items are achievements) is not described
        /// again, its description says so.
        /// </summary>
        public List<TemplateVariable> Describe(HashSet<Type> open)
        {
            if (!open.Add(typeof(T))) return [];
            var members = fields.Select(f => new TemplateVariable(f.Name, f.Type, f.Description, f.Members?.Invoke(open) ?? [])).ToList();
            open.Remove(typeof(T));
            return members;
        }
    }
}
