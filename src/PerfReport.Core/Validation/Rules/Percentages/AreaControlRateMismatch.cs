using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class AreaControlRateMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3006",
        "楼堂馆所规模控制率与面积不符",
        "规模控制率 {0} 与实际规模 {1} ÷ 批复规模 {2} = {3} 不符（差 {4} 个百分点，容差 {5}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        基础数据表“楼堂馆所控制情况”填了规模控制率时，它等于实际规模除以批复规模（平方米），四舍五入到两位小数。
        ## 为何重要
        规模控制率超过 100% 意味着超批复建设，是审计关注的问题；算错会掩盖或夸大问题。
        ## 示例
        ```yaml
        basic_data_table:
          buildings:
            approved_area: 1200
            actual_area: 1260
            area_control_rate: 100%   # PR3006：规模控制率 100.00% 与实际规模 1260.00 ÷ 批复规模 1200.00 = 105.00% 不符（差 -5 个百分点，容差 ±0.01 个百分点）
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.BasicDataTable?.Buildings is not { } b) return;
        RateCheck.Run(context, b.AreaControlRate.AsLocated, b.ActualArea.Value, b.ApprovedArea.Value, RateCheck.Money);
    }
}
