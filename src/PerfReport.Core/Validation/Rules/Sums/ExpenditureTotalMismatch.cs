using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class ExpenditureTotalMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2003",
        "支出合计与基本支出、项目支出之和不符",
        "支出合计 {0} 与基本支出 {1} + 项目支出 {2} = {3} 不符（差 {4}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        `expenditure.total`（整体支出）等于基本支出与项目支出之和。基本支出未写合计时按人员经费 + 公用经费计算，项目支出未写合计时按各项目决算数之和计算。
        ## 为何重要
        部门整体支出只由这两部分构成；两者之和与合计不符，说明其中至少一个数字抄错了。
        ## 示例
        ```yaml
        expenditure:
          total: 107.49          # 99.20 + 8.92 = 108.12
          basic: { total: 99.20 }
          project: { total: 8.92 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (m.Expenditure?.Total is not { } total || Figures.Basic(m) is not { } basic || Figures.Project(m) is not { } project) return;
        var sum = basic + project;
        if (!ValidationContext.AmountsEqual(total.Value, sum))
            context.Report(total, Numbers.Money(total.Value), Numbers.Money(basic), Numbers.Money(project), Numbers.Money(sum), Numbers.Money(total.Value - sum));
    }
}
