using PerfReport.Model;
using PerfReport.Syntax;

namespace PerfReport.Binding;

/// <summary>The two attached tables: 附表1 基础数据表 and 附表2 自评表.</summary>
internal static partial class Binder
{
    // Codes first: an invalid choice lists the ASCII codes in this order.
    private static readonly Dictionary<string, IndicatorKind> Kinds = Vocabulary.Lookup(Vocabulary.Kinds.Select(t => (t.Code, t.Label, t.Kind)));

    private static readonly Dictionary<string, QualitativeGrade> Grades = Vocabulary.Lookup(Vocabulary.Grades.Select(t => (t.Code, t.Label, t.Grade)));

    private static readonly Dictionary<string, string> TotalGrades = Vocabulary.TotalGrades.ToDictionary(g => g, g => g, StringComparer.Ordinal);

    private static BasicDataTable? BasicDataTable(MapReader r) => Read(r, m => BasicDataTable(m, m.Cell("staff_control_rate", percent: true)));

    private static BasicDataTable BasicDataTable(MapReader m, Cell staffControlRate) => new()
    {
        StaffControlRate = staffControlRate.AsLocated,
        StaffControlRateNotApplicable = staffControlRate.State == CellState.NotApplicable,
        Funds = Read(m.Map("funds", "funds_table"), f => new FundsTable
        {
            Total = Row(f, "total"),
            Basic = Row(f, "basic"),
            Public = Row(f, "public"),
            Project = Row(f, "project"),
            Operation = Row(f, "operation"),
            SpecialProjects = f.List("special_projects", n => Item<SpecialProjectRow>(n, "special_project_row", _ => x => new SpecialProjectRow
            {
                Span = x.Span,
                Name = x.Text("name"),
                Row = Columns(x),
            }, f.Diagnostics)),
            ThreePublic = Row(f, "three_public"),
            Vehicles = Row(f, "vehicles", "three_public_item_row"),
            VehiclePurchase = Row(f, "vehicle_purchase"),
            VehicleOperation = Row(f, "vehicle_operation"),
            Overseas = Row(f, "overseas", "three_public_item_row"),
            Reception = Row(f, "reception", "three_public_item_row"),
            Procurement = Row(f, "procurement"),
        }),
        Buildings = Read(m.Map("buildings", "buildings"), b => new Buildings
        {
            ApprovedArea = b.Cell("approved_area"),
            ActualArea = b.Cell("actual_area"),
            AreaControlRate = b.Cell("area_control_rate", percent: true),
            BudgetInvestment = b.Cell("budget_investment"),
            ActualInvestment = b.Cell("actual_investment"),
            InvestmentControlRate = b.Cell("investment_control_rate", percent: true),
        }),
        ThriftMeasures = m.Text("thrift_measures"),
    };

    /// <summary>A fixed row of the funds table; an absent row reads as three blank cells.</summary>
    private static FundsRow Row(MapReader table, string key, string shape = "funds_row")
    {
        var r = table.Map(key, shape);
        var row = Columns(r, share: shape == "three_public_item_row");
        r.Done();
        return row;
    }

    private static FundsRow Columns(MapReader r, bool share = false) => new()
    {
        Span = r.Span,
        Path = r.Path,
        PriorActual = r.Cell("prior_actual"),
        Budget = r.Cell("budget"),
        Actual = r.Cell("actual"),
        Share = share ? r.Percent("share") : null,
    };

    /// <summary>A 其中 row of the 自评表 funds; null when the file has none.</summary>
    private static EvaluationFundsRow? FundsSubRow(MapReader funds, string key) => Read(funds.Map(key, "evaluation_funds_row"), r => new EvaluationFundsRow
    {
        Span = r.Span,
        Path = r.Path,
        InitialBudget = r.Cell("initial_budget"),
        FullYearBudget = r.Cell("full_year_budget"),
        Executed = r.Cell("executed"),
        ExecutionRate = r.Cell("execution_rate", percent: true),
    });

    private static SelfEvaluation? SelfEvaluation(MapReader r) => Read(r, m => new SelfEvaluation
    {
        Funds = Read(m.Map("funds", "evaluation_funds"), f => new EvaluationFunds
        {
            InitialBudget = f.Amount("initial_budget"),
            FullYearBudget = f.Amount("full_year_budget"),
            Executed = f.Amount("executed"),
            Weight = f.Number("weight"),
            ExecutionRate = f.Percent("execution_rate"),
            Score = f.Number("score"),
            Appropriation = FundsSubRow(f, "appropriation"),
            CarryOver = FundsSubRow(f, "carry_over"),
            OtherFunds = FundsSubRow(f, "other_funds"),
            ByIncome = Read(f.Map("by_income", "by_income"), i => new ByIncome
            {
                Span = i.Span,
                GeneralBudget = i.Cell("general_budget"),
                GovernmentFund = i.Cell("government_fund"),
                SpecialAccount = i.Cell("special_account"),
                Other = i.Cell("other"),
            }),
            ByExpenditure = Read(f.Map("by_expenditure", "by_expenditure"), e => new ByExpenditure
            {
                Span = e.Span,
                Basic = e.Cell("basic"),
                Project = e.Cell("project"),
            }),
        }),
        Goals = m.TextList("goals"),
        GoalsAchievement = m.Text("goals_achievement"),
        Indicators = m.List("indicators", n => Item<IndicatorGroup>(n, "indicator_group", _ => IndicatorGroup, m.Diagnostics)),
        TotalScore = m.Number("total_score"),
        Grade = m.Choice("grade", TotalGrades),
    });

    /// <summary>
    /// 一级指标 with its 二级 (<c>categories</c>), or with its 三级 directly (<c>indicators</c>) where the form has no 二级
    /// level; the latter are held as one 二级 without a name, in the file's order among the named ones.
    /// </summary>
    private static IndicatorGroup IndicatorGroup(MapReader g)
    {
        var categories = g.List("categories", c => Item<IndicatorCategory>(c, "indicator_category", _ => k => new IndicatorCategory
        {
            Span = k.Span,
            Path = k.Path,
            Name = k.Text("name"),
            Indicators = k.List("indicators", i => Indicator(i, k)),
        }, g.Diagnostics));
        var direct = g.Get("indicators");
        var indicators = g.List("indicators", i => Indicator(i, g));
        if (direct is not null && indicators.Count > 0)
        {
            var unnamed = new IndicatorCategory { Span = direct.Span, Path = direct.Path, Name = null, Indicators = indicators };
            var before = g.Get("categories") is { } c && c.Span.Line < direct.Span.Line;
            categories.Insert(before ? categories.Count : 0, unnamed);
        }

        return new IndicatorGroup
        {
            Span = g.Span,
            Path = g.Path,
            Name = g.Text("name"),
            Weight = g.Number("weight"),
            Categories = categories,
        };
    }

    private static Indicator? Indicator(YamlNode node, MapReader parent) => Item<Indicator>(node, "indicator", _ => x => new Indicator
    {
        Span = x.Span,
        Path = x.Path,
        Name = x.Text("name"),
        Kind = x.Choice("kind", Kinds),
        Grade = x.Choice("grade", Grades),
        Target = x.Text("target"),
        Actual = x.Text("actual"),
        Weight = x.Number("weight"),
        Score = x.Number("score"),
        Deviation = x.Text("deviation"),
    }, parent.Diagnostics);
}
