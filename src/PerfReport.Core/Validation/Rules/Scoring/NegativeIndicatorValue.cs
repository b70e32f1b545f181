using PerfReport.Diagnostics;
using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class NegativeIndicatorValue : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4106",
        "指标值或实际完成值为负数",
        "{0}“{1}”是负数{2}",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        年度指标值和实际完成值不是负数。
        ## 为何重要
        完成率、场次、金额都不会是负数，负号多半是录入错误；按比例计分时负数没有意义：
        负的指标值不予计算，负的完成值按比例计得 0 分。“三公经费变动率”这类确实可以为负的指标请核对后保留。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - name: 项目完成率
                      target: 100%
                      actual: -98%   # PR4106：实际完成值“-98%”是负数，请核对是否录入有误
                      weight: 10
                    - name: 三公经费变动率
                      target: ≤-5%   # PR4106：年度指标值“≤-5%”是负数，无法按比例计分，这个指标不予计算
                      actual: -6%   # PR4106：实际完成值“-6%”是负数，请核对是否录入有误
                      weight: 5
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            Check(context, "年度指标值", i.TargetValue, i.Source?.Target, "，无法按比例计分，这个指标不予计算");
            Check(context, "实际完成值", i.ActualValue, i.Source?.Actual, "，请核对是否录入有误");
        }
    }

    private static void Check(ValidationContext context, string what, ParsedValue? value, Located<string>? at, string consequence)
    {
        if (value?.Quantity is { Value: < 0 } && at is not null) context.Report(at, what, value.Text, consequence);
    }
}
