using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class SharesDoNotAddUp : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3002",
        "各项占比之和不是 100%",
        "{0}各项占比之和为 {1}，应为 100.00%（差 {2} 个百分点，容差 {3}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        一组占比各项都写了、而有的项没有金额时，各项占比之和应为 100%。一组占比是：一项收入的明细；各项收入来源；基本支出与项目支出；三公经费的三项。
        例如一项收入的明细各项都写了占比、而有的项没写金额时，各项占比之和应为 100%，容差为每项半个容差（n 项共 n × 0.005 个百分点）。
        各项都写了金额时，逐项核对占比（PR3001）与核对金额之和（PR2002）已经足够，本项不再重复报告。
        ## 为何重要
        明细应当覆盖全部收入；占比加起来不是 100%，说明漏列了某一项或某个占比写错。
        ## 示例
        ```yaml
        income:
          sources:
            - name: 一般公共预算财政拨款收入
              breakdown:
                - { name: 一般公共服务支出, share: 81.14% }
                - { name: 住房保障支出, share: 8.86% }   # PR3002：一般公共预算财政拨款收入的明细各项占比之和为 90.00%，应为 100.00%（差 -10 个百分点，容差 ±0.01 个百分点）
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var group in ShareGroup.All(context))
        {
            var items = group.Items;
            if (items.Count == 0 || items.Any(i => i.Share is null) || items.All(i => i.Amount is not null)) continue;
            var sum = items.Sum(i => i.Share!.Value);
            if (context.SharesAddUp(sum, items.Count)) continue;
            context.Report(items[^1].Share!, group.Name, Numbers.PercentAsWritten(sum), Numbers.Points(sum - 100m),
                ValidationContext.ToleranceText(context.GroupTolerance(items.Count)));
        }
    }
}
