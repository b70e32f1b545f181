using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class BasicExpenditureMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2004",
        "基本支出与人员经费、公用经费之和不符",
        "基本支出 {0} 与人员经费 {1} + 公用经费 {2} = {3} 不符（差 {4}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        `expenditure.basic.total` 等于 `personnel`（人员经费）与 `public`（公用经费）之和。
        ## 为何重要
        基本支出按经济分类只分人员经费和公用经费两块；合计对不上，正文和附表中的基本支出就不可信。
        ## 示例
        ```yaml
        expenditure:
          basic:
            total: 99.20   # PR2004：基本支出 99.20 与人员经费 92.81 + 公用经费 6.93 = 99.74 不符（差 -0.54）
            personnel: 92.81
            public: 6.93
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.Expenditure?.Basic is not { Total: { } total, Personnel: { } personnel, Public: { } pub }) return;
        var sum = personnel.Value + pub.Value;
        if (!ValidationContext.AmountsEqual(total.Value, sum))
            context.Report(total, Numbers.Money(total.Value), Numbers.Money(personnel.Value), Numbers.Money(pub.Value), Numbers.Money(sum), Numbers.Money(total.Value - sum));
    }
}
