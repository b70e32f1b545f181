using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class ExecutionRateMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3004",
        "预算执行率与执行数、预算数不符",
        "{6}执行率 {0} 与全年执行数 {1} ÷ 全年预算数 {2} = {3} 不符（差 {4} 个百分点，容差 {5}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        自评表的执行率（`execution_rate`）等于全年执行数（`executed`）除以全年预算数（`full_year_budget`，即调整后预算，不是年初预算数），四舍五入到两位小数，误差不超过容差（默认 ±0.01 个百分点）。
        其中各行（本年财政拨款 `appropriation`、上年结转资金 `carry_over`、其他资金 `other_funds`）写了执行率的，按该行的全年执行数和全年预算数同样核对，信息中写明是哪一行。
        ## 为何重要
        执行率决定预算执行率一项的得分（满分 10 分）；算错会直接影响总分。
        ## 示例
        ```yaml
        self_evaluation:
          funds:
            full_year_budget: 107.49
            executed: 100.00
            execution_rate: 100%   # PR3004：执行率 100.00% 与全年执行数 100.00 ÷ 全年预算数 107.49 = 93.03% 不符（差 6.97 个百分点，容差 ±0.01 个百分点）
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.SelfEvaluation?.Funds is not { } f) return;
        RateCheck.Run(context, f.ExecutionRate, f.Executed?.Value, f.FullYearBudget?.Value, RateCheck.Money);
        foreach (var (label, row) in f.SubRows)
            RateCheck.Run(context, row.ExecutionRate.AsLocated, row.Executed.Value, row.FullYearBudget.Value, RateCheck.Money, label);
    }
}
