using PerfReport.Diagnostics;
using PerfReport.Scoring;

namespace PerfReport.Validation.Rules.Indicators;

internal sealed class TargetAndActualOfDifferentKinds : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4004",
        "年度指标值与实际完成值一个是数字、一个是文字",
        "“{0}”的年度指标值“{1}”是{2}，实际完成值“{3}”却是{4}，两者无法比较；可能是各栏错位",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        三级指标的年度指标值（`target`）和实际完成值（`actual`）同为数字（如 100%、6 场）或同为文字（如“严格控制在预算内”）。
        ## 为何重要
        一个是文字、一个是数字时，无法判断指标是否完成，也无法按公式计分；这常常是表格各栏错位造成的（三级指标名称的后半句写进了指标值一栏）。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 质量指标
                  indicators:
                    - { name: 工作任务如期完成, target: 工作质量达到各项工作要求, actual: 100%, weight: 5, score: 5 }   # PR4004：“工作任务如期完成”的年度指标值“工作质量达到各项工作要求”是文字，实际完成值“100%”却是数字，两者无法比较
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        // Read the cells as the scorer reads them, so that this rule and PR4104 (unreadable value) never disagree.
        var scored = context.Sheet?.Indicators.ToDictionary(x => x.YamlPath, StringComparer.Ordinal) ?? [];
        foreach (var (_, _, i) in Validation.Indicators.All(context.Model))
        {
            if (i is not { Target: { } target, Actual: { } actual }) continue;
            var forms = scored.GetValueOrDefault(i.Path) is { TargetValue: { } tv, ActualValue: { } av } ? (tv.Form, av.Form) : ((ValueForm?)null, (ValueForm?)null);
            if (forms.Item1 == ValueForm.Unparseable || forms.Item2 == ValueForm.Unparseable) continue;
            var t = forms.Item1 is { } tf ? tf == ValueForm.Quantity : HasFigure(target.Value);
            var a = forms.Item2 is { } af ? af == ValueForm.Quantity : HasFigure(actual.Value);
            if (t == a || string.IsNullOrWhiteSpace(target.Value) || string.IsNullOrWhiteSpace(actual.Value)) continue;
            context.Report(target, i.Name?.Value ?? "", target.Value.Trim(), Kind(t), actual.Value.Trim(), Kind(a));
        }
    }

    private static bool HasFigure(string text) => text.Any(char.IsAsciiDigit);

    private static string Kind(bool figure) => figure ? "数字" : "文字";
}
