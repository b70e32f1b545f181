using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Syntax;

namespace PerfReport.Binding;

/// <summary>
/// Binds the YAML tree to the <see cref="Evaluation"/> model, error-tolerant: every problem is reported and the
/// rest is still read, so that later checks run on whatever is intact.
/// </summary>
internal static partial class Binder
{
    private static readonly Dictionary<string, IncomeNature> Natures = Vocabulary.Lookup(Vocabulary.Natures.Select(t => (t.Code, t.Label, t.Nature)));

    private static readonly Dictionary<string, string> Units = Vocabulary.AmountUnits.ToDictionary(u => u, u => u, StringComparer.Ordinal);

    public static Evaluation Bind(YamlNode root, DiagnosticBag bag)
    {
        // An empty file (or one of comments only) is an empty mapping, so that its missing required fields are reported.
        if (root is YamlScalar { IsNull: true }) root = new YamlMapping(root.Span, "");
        var r = new MapReader(root, "root", bag);
        var version = r.Integer("version", int.MinValue, int.MaxValue, "（格式版本）");
        if (version is { Value: not 1 }) bag.Report(DiagnosticDescriptors.UnsupportedVersion, version, version.Value);
        var evaluation = new Evaluation
        {
            FilePath = bag.FilePath,
            Version = version,
            Year = r.Integer("year", 2000, 2100, "（四位年份，如 2022）"),
            AmountUnit = r.Choice("amount_unit", Units),
            Department = Department(r.Map("department", "department")),
            BasicInfo = BasicInfo(r.Map("basic_info", "basic_info")),
            Income = Income(r.Map("income", "income")),
            Expenditure = Expenditure(r.Map("expenditure", "expenditure")),
            BudgetVsFinal = BudgetVsFinal(r.Map("budget_vs_final", "budget_vs_final")),
            OtherBudgets = OtherBudgets(r.Map("other_budgets", "other_budgets")),
            Performance = Performance(r.Map("performance", "performance")),
            Problems = r.TextList("problems"),
            Measures = r.TextList("measures"),
            ResultsApplication = r.Text("results_application"),
            OtherRemarks = r.Text("other_remarks"),
            BasicDataTable = BasicDataTable(r.Map("basic_data_table", "basic_data_table")),
            SelfEvaluation = SelfEvaluation(r.Map("self_evaluation", "self_evaluation")),
            Signature = Signature(r.Map("signature", "signature")),
            Scoring = Scoring(r.Map("scoring", "scoring")),
            Validation = Validation(r.Map("validation", "validation")),
            Suppressions = r.List("suppressions", n => Item<SuppressionEntry>(n, "suppression", _ => m => new SuppressionEntry
            {
                Span = m.Span,
                Code = m.Text("code"),
                Path = m.Text("path"),
                Reason = m.Text("reason"),
            }, bag)),
        };
        r.Done();
        return evaluation;
    }

    /// <summary>Runs <paramref name="read"/> on a present mapping and finishes it; null when the mapping is absent.</summary>
    private static T? Read<T>(MapReader r, Func<MapReader, T> read)
        where T : class
    {
        var value = read(r);
        r.Done();
        return r.Present ? value : null;
    }

    private static Department? Department(MapReader r) => Read(r, m => new Department
    {
        Name = m.Text("name"),
        Region = m.Text("region"),
        FinanceBureau = m.Text("finance_bureau"),
        SelfReference = m.Text("self_reference"),
    });

    private static BasicInfo? BasicInfo(MapReader r) => Read(r, m => new BasicInfo
    {
        Duties = m.TextList("duties"),
        Organization = m.Text("organization"),
        Staffing = Read(m.Map("staffing", "staffing"), s => new Staffing
        {
            EstablishmentType = s.Text("establishment_type"),
            Authorized = s.Integer("authorized", 0, 1_000_000, "（人数）"),
            Actual = s.Integer("actual", 0, 1_000_000, "（人数）"),
            StaffTerm = s.Text("staff_term"),
        }),
    });

    private static Income? Income(MapReader r) => Read(r, m => new Income
    {
        Total = m.Amount("total"),
        CarryOver = m.Amount("carry_over"),
        YearOnYear = YearOnYear(m.Map("year_on_year", "year_on_year")),
        Sources = m.List("sources", n => Item<IncomeSource>(n, "income_source", bag => s => new IncomeSource
        {
            Span = s.Span,
            Path = s.Path,
            Name = s.Text("name"),
            Nature = s.Choice("nature", Natures),
            Amount = s.Amount("amount"),
            Share = s.Percent("share"),
            YearOnYear = YearOnYear(s.Map("year_on_year", "year_on_year")),
            Breakdown = s.List("breakdown", b => Item<BreakdownItem>(b, "breakdown_item", _ => i => new BreakdownItem
            {
                Span = i.Span,
                Name = i.Text("name"),
                Amount = i.Amount("amount"),
                Share = i.Percent("share"),
            }, s.Diagnostics)),
        }, m.Diagnostics)),
    });

    private static Expenditure? Expenditure(MapReader r) => Read(r, m => new Expenditure
    {
        Total = m.Amount("total"),
        YearOnYear = YearOnYear(m.Map("year_on_year", "year_on_year")),
        Basic = Read(m.Map("basic", "basic_expenditure"), b => new BasicExpenditure
        {
            Total = b.Amount("total"),
            Share = b.Percent("share"),
            Personnel = b.Amount("personnel"),
            PersonnelCovers = b.Text("personnel_covers"),
            Public = b.Amount("public"),
            PublicCovers = b.Text("public_covers"),
        }),
        Project = Read(m.Map("project", "project_expenditure"), p => new ProjectExpenditure
        {
            Total = p.Amount("total"),
            Share = p.Percent("share"),
            Projects = p.List("projects", n => Item<Project>(n, "project", _ => x => new Project
            {
                Span = x.Span,
                Name = x.Text("name"),
                Budget = x.Amount("budget"),
                Actual = x.Amount("actual"),
                Purpose = x.Text("purpose"),
            }, p.Diagnostics)),
            Purpose = p.Text("purpose"),
        }),
    });

    private static YearOnYear? YearOnYear(MapReader r) => Read(r, y => new YearOnYear
    {
        Span = y.Span,
        Path = y.Path,
        LastYear = y.Amount("last_year"),
        Change = y.SignedAmount("change"),
        ChangeRate = y.Percent("change_rate"),
    });

    private static BudgetVsFinal? BudgetVsFinal(MapReader r) => Read(r, m => new BudgetVsFinal
    {
        InitialBudget = m.Amount("initial_budget"),
        Reasons = m.List("reasons", n => Item<Reason>(n, "reason", _ => x => new Reason
        {
            Span = x.Span,
            Text = x.Text("text"),
            Amount = x.SignedAmount("amount"),
        }, m.Diagnostics)),
    });

    private static OtherBudgets? OtherBudgets(MapReader r) => Read(r, m => new OtherBudgets
    {
        GovernmentFund = OtherBudget(m.Get("government_fund"), m.Diagnostics),
        StateCapital = OtherBudget(m.Get("state_capital"), m.Diagnostics),
        SocialInsurance = OtherBudget(m.Get("social_insurance"), m.Diagnostics),
    });

    private static OtherBudget? OtherBudget(YamlNode? node, DiagnosticBag bag)
    {
        if (node is YamlScalar s)
        {
            if (Vocabulary.NoneWords.Contains(s.Value.Trim(), StringComparer.Ordinal)) return new OtherBudget { Span = s.Span, None = true };
            bag.Report(DiagnosticDescriptors.InvalidChoice, s.Span, s.Path, MapReader.PathOf(s), s.Value, "none，或写明 amount 和 text", "");
            return null;
        }

        return Read(new MapReader(node, "other_budget", bag), m => new OtherBudget
        {
            Span = m.Span,
            Amount = m.Amount("amount"),
            Text = m.Text("text"),
        });
    }

    private static Performance? Performance(MapReader r) => Read(r, m => new Performance
    {
        Summary = m.Text("summary"),
        AchievementsIntro = m.Text("achievements_intro"),
        Achievements = m.List("achievements", n => Item<Achievement>(n, "achievement", _ => a => new Achievement
        {
            Span = a.Span,
            Title = a.Text("title"),
            Text = a.Text("text"),
            Items = a.List("items", i => Item<Achievement>(i, "achievement_item", _ => x => new Achievement
            {
                Span = x.Span,
                Title = x.Text("title"),
                Text = x.Text("text"),
            }, a.Diagnostics)),
        }, m.Diagnostics)),
    });

    private static Signature? Signature(MapReader r) => Read(r, m => new Signature
    {
        FilledBy = m.Text("filled_by"),
        Date = m.Text("date"),
        Phone = m.Text("phone"),
        Head = m.Text("head"),
    });

    private static ScoringSettings? Scoring(MapReader r) => Read(r, m => new ScoringSettings
    {
        Profile = m.Text("profile"),
        ProfileFile = m.Text("profile_file"),
        FundsWeight = m.Number("funds_weight"),
        FundsMethod = m.Choice("funds_method", global::PerfReport.Scoring.ProfileReader.FundsMethods),
        NegativeMethod = m.Choice("negative_method", global::PerfReport.Scoring.ProfileReader.NegativeMethods),
        AchievedBand = m.Percent("achieved_band"),
        PartialBand = m.Percent("partial_band"),
        OverAchievementFactor = m.Number("over_achievement_factor"),
    });

    private static ValidationSettings? Validation(MapReader r) => Read(r, m => new ValidationSettings
    {
        ShareTolerance = m.Number("share_tolerance"),
        BudgetChangeThreshold = m.Percent("budget_change_threshold"),
        OverExecutionThreshold = m.Percent("over_execution_threshold"),
    });

    /// <summary>Reads one list item of a shape; an item that is not a mapping is reported and skipped.</summary>
    private static T? Item<T>(YamlNode node, string shape, Func<DiagnosticBag, Func<MapReader, T>> read, DiagnosticBag bag)
        where T : class
    {
        if (node is not YamlMapping)
        {
            bag.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Path, MapReader.PathOf(node), "映射（下一级字段）", node.KindName);
            return null;
        }

        return Read(new MapReader(node, shape, bag), read(bag));
    }

}
