using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Indicators;

internal sealed class CategoryUnderWrongGroup : IValidationRule
{
    /// <summary>The fixed 二级 of each 一级 (财预〔2020〕10号 附件2), names without "指标".</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["产出"] = ["数量", "质量", "时效", "成本"],
        ["效益"] = ["经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度", "满意度"],
        ["满意度"] = ["服务对象满意度", "满意度"],
    };

    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4003",
        "二级指标不属于其一级指标",
        "二级指标“{0}”不属于一级指标“{1}”（{1}下应为：{2}）",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        自评表的二级指标属于它所在的一级指标：产出指标下为数量、质量、时效、成本指标；效益指标下为经济效益、社会效益、生态效益、可持续影响指标；满意度指标下为服务对象满意度指标。
        把服务对象满意度指标作为效益指标下的二级指标（如湖南旧表的写法，效益标为 40 分）是认可的写法，不报告。不认识的一级或二级指标名称不核对。
        ## 为何重要
        指标放错层级，一级指标的分值和得分汇总就不对，与其他单位的自评表也无法比较。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 效益指标
              categories:
                - name: 时效指标   # PR4003：二级指标“时效指标”不属于一级指标“效益指标”（效益指标下应为
                  indicators:
                    - { name: 项目实施及时率, target: 100%, actual: 100%, weight: 10 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var group in context.Model.SelfEvaluation?.Indicators ?? [])
        {
            if (group.Name is not { } groupName || GroupKey(groupName.Value) is not { } key) continue;
            foreach (var category in group.Categories)
            {
                if (category.Name is not { } name || !IsKnown(Stem(name.Value)) || Allowed[key].Contains(Stem(name.Value))) continue;
                context.Report(name, name.Value, groupName.Value, string.Join("、", Allowed[key].Where(a => a != "满意度" || key == "满意度").Select(a => a + "指标")));
            }
        }
    }

    private static string Stem(string name) => Validation.Indicators.Squeeze(name).Replace("指标", "", StringComparison.Ordinal);

    private static string? GroupKey(string name) => Stem(name) switch
    {
        "产出" => "产出",
        "效益" => "效益",
        "满意度" or "服务对象满意度" => "满意度",
        _ => null,
    };

    private static bool IsKnown(string stem) => Allowed.Values.Any(v => v.Contains(stem));
}
