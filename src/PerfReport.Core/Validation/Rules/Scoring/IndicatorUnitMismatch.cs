using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Scoring;

internal sealed class IndicatorUnitMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR4105",
        "指标值与实际完成值的单位不同",
        "年度指标值“{0}”与实际完成值“{1}”的单位不同（{2} 与 {3}），无法比较，这个指标不予计算",
        Severity.Error,
        RuleCategory.Indicators,
        """
        ## 检查内容
        同一个指标的年度指标值和实际完成值用同一个单位：都是 %，或都是“场”，或都是“万元”……
        ## 为何重要
        单位不同的两个数无法相比，得分算不出来；多半是其中一栏填错了，或把“6场”写成了“100%”。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 会员活动, target: 6场, actual: 100%, weight: 5, score: 5 }   # PR4105：年度指标值“6场”与实际完成值“100%”的单位不同（场 与 %），无法比较，这个指标不予计算
                    - { name: 覆盖率, target: ≥95%, actual: 96, weight: 5, score: 5 }   # PR4105：年度指标值“≥95%”与实际完成值“96”的单位不同（% 与 无单位），无法比较，这个指标不予计算
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Sheet is not { } sheet) return;
        foreach (var i in sheet.Indicators)
        {
            if (!i.UnitMismatch || i.Source?.Actual is not { } actual) continue;
            context.Report(actual, i.Target, i.Actual, Unit(i.TargetValue!.Quantity!.Unit), Unit(i.ActualValue!.Quantity!.Unit));
        }
    }

    private static string Unit(string unit) => unit.Length == 0 ? "无单位" : unit;
}
