using PerfReport.Diagnostics;
using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class UnreadableIndicatorValue : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4104",
        "指标值或实际完成值无法识别",
        "{0}“{1}”无法识别，这个指标不予计算{2}：{3}",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        年度指标值和实际完成值写成工具能读懂的形式：阿拉伯数字加任意单位（100%、6场、107.49万元、12个工作日、50元/亩），
        指标值可带比较（≥95%、<=5%、不超过100万元、不高于5%、控制在100万元以内、不少于6场、达到98%、6场以上）；
        全角数字和“％”照常识别；目标为零可写“0起”“零”“无”。没有数字的文字按定性指标计分。
        “约100%”“100%左右”“10余场”这类含糊写法、“一百”这类汉字数字、“1,000元”这类带千分位的数字，工具不作猜测。
        一个读不懂的值只在这里报告一次，引出原文。
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
            var consequence = i.Score is null ? "，也没有填写得分，自评表因此无法得出总分和等级" : "";
            Check(context, "年度指标值", i.TargetValue, i.Source?.Target, consequence);
            Check(context, "实际完成值", i.ActualValue, i.Source?.Actual, consequence);
        }
    }

    private static void Check(ValidationContext context, string what, ParsedValue? value, Located<string>? at, string consequence)
    {
        if (value is { Form: ValueForm.Unparseable } && at is not null)
            context.Report(at, what, value.Text, consequence, ValueParser.UnderstoodForms);
    }
}
