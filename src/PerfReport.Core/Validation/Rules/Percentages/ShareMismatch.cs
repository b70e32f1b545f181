using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class ShareMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3001",
        "占比与金额不符",
        "占比 {0} 与 {1} ÷ {2} {3} = {4} 不符（差 {5} 个百分点，容差 {6}）{7}",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        收入明细每一项写明的占比（`share`）等于该项金额除以基数，四舍五入到两位小数，误差不超过容差（默认 ±0.01 个百分点，可用 `validation.share_tolerance` 调整）。
        基数有两种常见写法：本项收入（如财政拨款收入）或总收入。工具看各项占比符合哪一种，就按哪一种核对，并在信息中写明所用的基数；两种都不符时按本项收入报告，并给出按总收入算出的值。
        其他写了占比的地方同样核对，基数固定并写在信息中：各项收入来源的占比（`income.sources[].share`）按总收入；基本支出、项目支出的占比（`expenditure.basic.share`、`expenditure.project.share`）按支出合计；
        基础数据表三公经费各项（公务用车购置和维护经费、出国经费、公务接待）的占比（`share`）按三公经费本年决算数（未填时按三项本年决算数之和）。
        ## 为何重要
        占比是读者最常引用的数字。基数不写明、又与金额对不上，读者无从判断报告的口径。
        ## 示例
        ```yaml
        income:
          total: 107.49
          sources:
            - name: 一般公共预算财政拨款收入
              amount: 102.49
              breakdown:
                - { name: 一般公共服务支出, amount: 83.16, share: 81.41% }   # PR3001：占比 81.41% 与 83.16 ÷ 一般公共预算财政拨款收入 102.49 = 81.14% 不符（差 0.27 个百分点，容差 ±0.01 个百分点）
                - { name: 社会保障和就业支出, amount: 4.84, share: 4.72% }
                - { name: 卫生健康支出, amount: 5.37, share: 5.24% }
            - { name: 其他收入, amount: 5 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        foreach (var group in ShareGroup.All(context))
        {
            if (!group.AnyShare || group.Base is not { } b) continue;
            foreach (var item in group.Items)
            {
                if (item.Share is not { } share || b.Expected(item.Amount) is not { } expected || context.ShareMatches(share.Value, expected)) continue;
                var other = b.Alternative is { } alt && alt.Expected(item.Amount) is { } e ? $"；按{alt.Name} {Numbers.Money(alt.Value)} 计算为 {Numbers.Percent(e)}，也不符" : "";
                context.Report(share, Numbers.PercentAsWritten(share.Value), Numbers.Money(item.Amount!.Value), b.Name, Numbers.Money(b.Value),
                    Numbers.Percent(expected), Numbers.Points(share.Value - Numbers.Round2(expected)), ValidationContext.ToleranceText(context.ShareTolerance), other);
            }
        }
    }
}
