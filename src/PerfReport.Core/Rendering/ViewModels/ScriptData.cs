using Scriban.Runtime;

namespace PerfReport.Rendering.ViewModels;

/// <summary>
/// The view model as Scriban data, built member by member: no .NET object reaches the template engine, so nothing is
/// found by reflection and a trimmed or native (AOT) build sees every variable. Names are the snake_case of the
/// properties (<c>PriorYear</c> → <c>prior_year</c>); a test keeps this list equal to the view model's properties.
/// </summary>
internal static class ScriptData
{
    public static ScriptObject Of(ReportViewModel m) => Object(
        ("year", m.Year),
        ("prior_year", m.PriorYear),
        ("title", m.Title),
        ("department", m.Department),
        ("region", m.Region),
        ("finance_bureau", m.FinanceBureau),
        ("self", m.Self),
        ("duties", Strings(m.Duties)),
        ("organization", Strings(m.Organization)),
        ("staffing", Of(m.Staffing)),
        ("income", Of(m.Income)),
        ("expenditure", Of(m.Expenditure)),
        ("budget", Of(m.Budget)),
        ("government_fund", Of(m.GovernmentFund)),
        ("state_capital", Of(m.StateCapital)),
        ("social_insurance", Of(m.SocialInsurance)),
        ("performance", Of(m.Performance)),
        ("problems", Strings(m.Problems)),
        ("measures", Strings(m.Measures)),
        ("results_application", Strings(m.ResultsApplication)),
        ("other_remarks", Strings(m.OtherRemarks)),
        ("signature", Of(m.Signature)),
        ("attachments", Strings(m.Attachments)));

    private static ScriptObject Of(SignatureView v) => Object(("filled_by", v.FilledBy), ("date", v.Date), ("phone", v.Phone), ("head", v.Head));

    private static ScriptObject Of(StaffingView v) => Object(
        ("present", v.Present), ("establishment_type", v.EstablishmentType), ("authorized", v.Authorized), ("actual", v.Actual), ("staff_term", v.StaffTerm));

    private static ScriptObject Of(IncomeView v) => Object(
        ("present", v.Present), ("total", v.Total), ("sources", Array(v.Sources, Of)), ("year_on_year", Of(v.YearOnYear)));

    private static ScriptObject Of(IncomeSourceView v) => Object(
        ("name", v.Name), ("amount", v.Amount), ("breakdown", Array(v.Breakdown, Of)), ("share", v.Share), ("year_on_year", Of(v.YearOnYear)));

    private static ScriptObject Of(YearOnYearView v) => Object(
        ("present", v.Present), ("flat", v.Flat), ("direction", v.Direction), ("amount", v.Amount), ("rate_direction", v.RateDirection), ("rate", v.Rate));

    private static ScriptObject Of(ThreePublicView v) => Object(("present", v.Present), ("total", v.Total), ("items", Array(v.Items, Of)));

    private static ScriptObject Of(ThreePublicItemView v) => Object(("name", v.Name), ("amount", v.Amount), ("share", v.Share));

    private static ScriptObject Of(BreakdownView v) => Object(("name", v.Name), ("amount", v.Amount), ("share", v.Share));

    private static ScriptObject Of(ExpenditureView v) => Object(
        ("present", v.Present),
        ("total", v.Total),
        ("basic_total", v.BasicTotal),
        ("personnel", v.Personnel),
        ("personnel_covers", v.PersonnelCovers),
        ("public", v.Public),
        ("public_covers", v.PublicCovers),
        ("project_total", v.ProjectTotal),
        ("projects", Array(v.Projects, Of)),
        ("project_purpose", v.ProjectPurpose),
        ("basic_share", v.BasicShare),
        ("project_share", v.ProjectShare),
        ("year_on_year", Of(v.YearOnYear)),
        ("three_public", Of(v.ThreePublic)));

    private static ScriptObject Of(ProjectView v) => Object(("name", v.Name), ("actual", v.Actual), ("purpose", v.Purpose));

    private static ScriptObject Of(BudgetView v) => Object(("present", v.Present), ("initial", v.Initial), ("final", v.Final), ("reasons", Array(v.Reasons, Of)));

    private static ScriptObject Of(ReasonView v) => Object(("text", v.Text), ("amount", v.Amount));

    private static ScriptObject Of(OtherBudgetView v) => Object(("none", v.None), ("amount", v.Amount), ("text", Strings(v.Text)));

    private static ScriptObject Of(PerformanceView v) => Object(
        ("amount", v.Amount),
        ("basic_amount", v.BasicAmount),
        ("project_amount", v.ProjectAmount),
        ("summary", Strings(v.Summary)),
        ("intro", Strings(v.Intro)),
        ("achievements", Array(v.Achievements, Of)));

    private static ScriptObject Of(AchievementView v) => Object(("title", v.Title), ("paragraphs", Strings(v.Paragraphs)), ("items", Array(v.Items, Of)));

    private static ScriptObject Object(params (string Name, object Value)[] members)
    {
        var o = new ScriptObject(members.Length);
        foreach (var (name, value) in members) o.SetValue(name, value, readOnly: false);
        return o;
    }

    private static ScriptArray Strings(List<string> items)
    {
        var a = new ScriptArray(items.Count);
        foreach (var s in items) a.Add(s);
        return a;
    }

    private static ScriptArray Array<T>(List<T> items, Func<T, ScriptObject> of)
    {
        var a = new ScriptArray(items.Count);
        foreach (var item in items) a.Add(of(item));
        return a;
    }
}
