using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class ExpenditureAboveIncome : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2050",
        "支出超过收入而未写明上年结转",
        "支出合计 {0} 超过总收入 {1} 加上年结转结余 {2}（共 {3}），超出 {4}",
        Severity.Warning,
        RuleCategory.Sums,
        """
        ## 检查内容
        部门整体支出（`expenditure.total`，未写时按基本支出 + 项目支出）不超过总收入加上年结转结余（`income.carry_over`，未写按 0）。
        ## 为何重要
        花出去的钱不会多于收到的钱和上年结余。支出大于收入，要么漏写了结转结余，要么某个数字写错了。
        ## 示例
        ```yaml
        income:
          total: 100.00           # 没有写 carry_over
        expenditure:
          total: 107.49
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (Figures.ExpenditureTotal(m) is not { } spent || Figures.IncomeTotal(m) is not { } income || Figures.ExpenditureAnchor(m) is not { } at) return;
        var carryOver = m.Income?.CarryOver?.Value ?? 0;
        var available = income + carryOver;
        if (spent > available)
            context.Report(at, Numbers.Money(spent), Numbers.Money(income), Numbers.Money(carryOver), Numbers.Money(available), Numbers.Money(spent - available));
    }
}
