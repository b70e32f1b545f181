using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class BudgetChangeReasonsMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2006",
        "预决算差异原因金额之和与差额不符",
        "决算 {0} − 年初预算 {1} = {2}，所列原因金额之和为 {3}（差 {4}）{5}",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        `budget_vs_final.reasons` 各项金额之和等于差额 = 决算支出合计（`expenditure.total`）− 年初预算（`initial_budget`）。
        每项原因的金额写它对支出的影响：使支出增加的写正数，使支出减少的写负数，因此决算少于年初预算时差额和原因都是负数。
        决算少于年初预算而各项原因都写成正数（报告常这样写“减少的原因：项目延期 10 万元”）时，按差额的绝对值核对。
        没有列原因时不核对。
        ## 为何重要
        报告要说明“预算数与决算数存在差异的主要原因”；所列原因的金额加起来不等于差额，说明差异没有解释清楚或金额抄错。
        ## 示例
        ```yaml
        expenditure:
          total: 107.49
        budget_vs_final:
          initial_budget: 73.03   # PR2006：决算 107.49 与年初预算 73.03 相差 34.46，所列原因金额之和为 33.46（差 -1.00）
          reasons:
            - { text: 新增干职工调资、绩效考核奖励发放, amount: 28.67 }
            - { text: 其他收入, amount: 4.79 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (m.BudgetVsFinal is not { InitialBudget: { } initial } bvf || Figures.ExpenditureTotal(m) is not { } final) return;
        if (Figures.SumOrNull(bvf.Reasons.Select(r => r.Amount)) is not { } sum) return;
        var difference = final - initial.Value;
        if (ValidationContext.AmountsEqual(difference, sum)) return;

        // A decrease explained with every reason written positive is read as the reasons' magnitudes.
        var allPositive = difference < 0 && bvf.Reasons.All(r => r.Amount is not { Value: < 0 });
        if (allPositive && ValidationContext.AmountsEqual(-difference, sum)) return;
        var expected = allPositive ? -difference : difference;
        var note = allPositive ? $"；原因都写正数时按差额的绝对值 {Numbers.Money(expected)} 核对" : "";
        context.Report(initial, Numbers.Money(final), Numbers.Money(initial.Value), Numbers.Money(difference), Numbers.Money(sum), Numbers.Money(sum - expected), note);
    }
}
