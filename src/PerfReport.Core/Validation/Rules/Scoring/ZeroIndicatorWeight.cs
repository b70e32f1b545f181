using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class ZeroIndicatorWeight : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4107",
        "指标分值为 0",
        "“{0}”的分值为 0，这个指标不计分；请填写分值，或把它从自评表中删去",
        Severity.Warning,
        RuleCategory.Indicators,
        """
        ## 检查内容
        每个三级指标的分值大于 0。
        ## 为何重要
        分值为 0 的指标无论完成与否都得 0 分，对总分没有影响，多半是漏填了分值。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 项目完成率, target: 100%, actual: 100%, weight: 0 }   # PR4107：“项目完成率”的分值为 0，这个指标不计分
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            if (i.Source?.Weight is { Value: 0 } weight) context.Report(weight, i.Name);
        }
    }
}
