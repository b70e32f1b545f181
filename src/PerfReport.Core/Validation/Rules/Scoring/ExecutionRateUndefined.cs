using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class ExecutionRateUndefined : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4112",
        "全年预算数为 0，执行率无法计算",
        "全年预算数为 0，执行率无法计算；预算执行率{0}",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        自评表的全年预算数不为 0。
        ## 为何重要
        执行率 = 全年执行数 ÷ 全年预算数；预算数为 0 时执行率没有定义，工具不替单位编一个数字
        （有的系统记 0 分，有的记 100%），只能采用填写的得分。
        ## 示例
        ```yaml
        funds:
          full_year_budget: 0
          executed: 5
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet?.Funds is not { BudgetIsZero: true, Source.FullYearBudget: { } budget } funds) return;
        var consequence = funds.Stated is { } s ? $"采用填写得分 {Numbers.Score(s)}" : "未填写得分，计 0 分";
        context.Report(budget, consequence);
    }
}
