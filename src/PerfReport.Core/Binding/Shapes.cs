namespace PerfReport.Binding;

/// <summary>One kind of mapping in the input: its keys and which of them are required.</summary>
internal sealed record Shape(string Name, IReadOnlyList<string> Keys, IReadOnlyList<string> Required);

/// <summary>
/// Every mapping the input format has, by the name its definition has in <c>schema/perfreport.schema.json</c>.
/// The binder refuses keys not listed here, and a test keeps this catalog and the schema equal in both directions.
/// </summary>
internal static class Shapes
{
    private static Shape S(string name, string keys, string required = "") =>
        new(name, keys.Split(' ', StringSplitOptions.RemoveEmptyEntries), required.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyDictionary<string, Shape> All { get; } = new[]
    {
        S("root", "version year amount_unit department basic_info income expenditure budget_vs_final other_budgets performance problems measures results_application other_remarks basic_data_table self_evaluation signature scoring validation suppressions", "year department"),
        S("suppression", "code path reason", "code path"),
        S("department", "name region finance_bureau self_reference", "name"),
        S("basic_info", "duties organization staffing"),
        S("staffing", "establishment_type authorized actual staff_term"),
        S("income", "total carry_over sources year_on_year"),
        S("income_source", "name nature amount share breakdown year_on_year", "name amount"),
        S("breakdown_item", "name amount share", "name amount"),
        S("expenditure", "total basic project year_on_year"),
        S("basic_expenditure", "total share personnel personnel_covers public public_covers"),
        S("project_expenditure", "total share projects purpose"),
        S("project", "name budget actual purpose", "name"),
        S("year_on_year", "last_year change change_rate"),
        S("budget_vs_final", "initial_budget reasons"),
        S("reason", "text amount", "text amount"),
        S("other_budgets", "government_fund state_capital social_insurance"),
        S("other_budget", "amount text"),
        S("performance", "summary achievements_intro achievements"),
        S("achievement", "title text items", "title"),
        S("achievement_item", "title text", "title"),
        S("basic_data_table", "staff_control_rate funds buildings thrift_measures"),
        S("funds_table", "total basic public project operation special_projects three_public vehicles vehicle_purchase vehicle_operation overseas reception procurement"),
        S("funds_row", "prior_actual budget actual"),
        S("three_public_item_row", "prior_actual budget actual share"),
        S("special_project_row", "name prior_actual budget actual", "name"),
        S("buildings", "approved_area actual_area area_control_rate budget_investment actual_investment investment_control_rate"),
        S("self_evaluation", "funds goals goals_achievement indicators total_score grade"),
        S("evaluation_funds", "initial_budget full_year_budget executed weight execution_rate score appropriation carry_over other_funds by_income by_expenditure"),
        S("evaluation_funds_row", "initial_budget full_year_budget executed execution_rate"),
        S("by_income", "general_budget government_fund special_account other"),
        S("by_expenditure", "basic project"),
        S("indicator_group", "name weight categories indicators", "name"),
        S("indicator_category", "name indicators", "name"),
        S("indicator", "name kind grade target actual weight score deviation", "name"),
        S("signature", "filled_by date phone head"),
        S("scoring", "profile profile_file funds_weight funds_method negative_method achieved_band partial_band over_achievement_factor"),
        S("validation", "share_tolerance budget_change_threshold over_execution_threshold"),
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);
}
