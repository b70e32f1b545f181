namespace PerfReport.Binding;

/// <summary>Chinese names of fields, for messages about missing ones.</summary>
internal static class FieldTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["root.year"] = "报告年度，如 2022",
        ["root.department"] = "部门信息，至少包括 name",
        ["department.name"] = "部门（单位）全称",
        ["income_source.name"] = "收入项目名称",
        ["income_source.amount"] = "收入金额（万元）",
        ["breakdown_item.name"] = "功能分类名称",
        ["breakdown_item.amount"] = "金额（万元）",
        ["project.name"] = "项目名称",
        ["reason.text"] = "差异原因",
        ["reason.amount"] = "该原因涉及的金额（万元）",
        ["achievement.title"] = "小标题",
        ["achievement_item.title"] = "小标题",
        ["special_project_row.name"] = "专项名称",
        ["indicator_group.name"] = "一级指标名称，如 产出指标",
        ["indicator_category.name"] = "二级指标名称，如 数量指标",
        ["indicator.name"] = "三级指标名称",
        ["suppression.code"] = "要抑制的问题编号，如 PR3050",
        ["suppression.path"] = "问题所在的 YAML 路径，如 performance.summary",
    };

    public static string Of(string shape, string key) =>
        Titles.TryGetValue($"{shape}.{key}", out var title) ? title : key;
}
