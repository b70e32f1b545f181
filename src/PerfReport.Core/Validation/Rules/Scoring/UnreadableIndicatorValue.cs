using PerfReport.Diagnostics;
using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class UnreadableIndicatorValue : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4104",
        "指标值或实际完成值无法识别",
        "{0}“{1}”无法识别，这个指标不予计算：{2}",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        年度指标值和实际完成值写成工具能读懂的形式：阿拉伯数字加单位（100%、6场、107.49万元），
        指标值可带比较符号（≥95%、不超过100万元、控制在100万元以内）。没有数字的文字按定性指标计分。
        “约100%”“100%左右”这类含糊写法、“一百”这类汉字数字，工具不作猜测。
        ## 为何重要
        读不懂的值无法计算得分，只能采用单位填写的得分，而这个得分无从核对。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - name: 培训覆盖率
                      target: 约100%   # PR4104：年度指标值“约100%”无法识别，这个指标不予计算：可以写成阿拉伯数字加单位，如 100%、6场、107.49万元
                      actual: 一百   # PR4104：实际完成值“一百”无法识别，这个指标不予计算：可以写成阿拉伯数字加单位，如 100%、6场、107.49万元
                      weight: 5
                      score: 5
                    - name: 会员活动
                      target: ≥6场
                      actual: 6场左右   # PR4104：实际完成值“6场左右”无法识别，这个指标不予计算：可以写成阿拉伯数字加单位，如 100%、6场、107.49万元
                      weight: 5
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            Check(context, "年度指标值", i.TargetValue, i.Source?.Target);
            Check(context, "实际完成值", i.ActualValue, i.Source?.Actual);
        }
    }

    private static void Check(ValidationContext context, string what, ParsedValue? value, Located<string>? at)
    {
        if (value is { Form: ValueForm.Unparseable } && at is not null)
            context.Report(at, what, value.Text, ValueParser.UnderstoodForms);
    }
}
