using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class InvestmentControlRateMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3007",
        "楼堂馆所投资概算控制率与投资额不符",
        "投资概算控制率 {0} 与实际投资 {1} ÷ 预算投资 {2} = {3} 不符（差 {4} 个百分点，容差 {5}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        基础数据表“楼堂馆所控制情况”填了投资概算控制率时，它等于实际投资除以预算（概算）投资（万元），四舍五入到两位小数。
        ## 为何重要
        投资概算控制率超过 100% 意味着超概算，是审计关注的问题；算错会掩盖或夸大问题。
        ## 示例
        ```yaml
        basic_data_table:
          buildings:
            budget_investment: 500
            actual_investment: 450
            investment_control_rate: 100%   # PR3007：投资概算控制率 100.00% 与实际投资 450.00 ÷ 预算投资 500.00 = 90.00% 不符（差 10 个百分点，容差 ±0.01 个百分点）
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.BasicDataTable?.Buildings is not { } b) return;
        RateCheck.Run(context, b.InvestmentControlRate.AsLocated, b.ActualInvestment.Value, b.BudgetInvestment.Value, RateCheck.Money);
    }
}
