using PerfReport.Diagnostics;
using PerfReport.Scoring;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class TargetTextActualNumber : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4114",
        "指标值是文字而实际完成值是数字",
        "“{0}”的年度指标值“{1}”是文字，实际完成值“{2}”却是数字，可能错了栏；这个指标按定性指标采用填写得分",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        年度指标值和实际完成值的写法一致：要么都是数字（定量指标），要么都是文字（定性指标）。
        ## 为何重要
        一栏文字一栏数字，多半是表格错了位（三级指标的后半句挤进了年度指标值一栏），得分也就无法计算。
        ## 示例
        ```yaml
        - { name: 工作任务如期完成, target: 工作质量达到各项工作要求, actual: 100%, weight: 5, score: 5 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            if (i is { TargetValue.Form: ValueForm.Text, ActualValue.Form: ValueForm.Quantity, Source: { Kind: null, Target: { } target } })
                context.Report(target, i.Name, i.Target, i.Actual);
        }
    }
}
