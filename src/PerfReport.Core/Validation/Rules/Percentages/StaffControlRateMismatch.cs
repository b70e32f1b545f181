using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class StaffControlRateMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3005",
        "人员控制率与在职人数、编制数不符",
        "人员控制率 {0} 与实际在职人数 {1} ÷ 编制数 {2} = {3} 不符（差 {4} 个百分点，容差 {5}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        基础数据表的财政供养人员控制率（`basic_data_table.staff_control_rate`）等于实际在职人数除以编制数（均取自 `basic_info.staffing`），四舍五入到两位小数。
        ## 为何重要
        人员控制率是部门整体支出的共性指标，不超过 100% 为好；写错会误导对编制管理的评价。
        ## 示例
        ```yaml
        basic_info:
          staffing: { authorized: 5, actual: 4 }
        basic_data_table:
          staff_control_rate: 100%     # 4 ÷ 5 = 80.00%
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var staffing = context.Model.BasicInfo?.Staffing;
        RateCheck.Run(context, context.Model.BasicDataTable?.StaffControlRate, staffing?.Actual?.Value, staffing?.Authorized?.Value, RateCheck.Count);
    }
}
