using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Yearly;

namespace PerfReport.Validation.Rules.CrossReferences;

/// <summary>PR3030: with last year's file (<c>validate --previous</c>), every 上年 figure equals last year's 本年 figure.</summary>
internal sealed class PriorYearMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3030",
        "上年数与上年报告不符",
        "{0} {1} 与上年报告 {2} 第 {3} 行的本年数 {4} 不符（差 {5}）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        用 `perfreport validate 2024.yaml --previous 2023.yaml` 同时给出上年的报告数据文件时，本年文件中每个“上年”数都要等于上年文件中对应的本年数：
        基础数据表经费控制情况各行的上年决算数（`prior_actual`）等于上年文件同一行的本年决算数（`actual`），专项按名称对应；
        总收入、各项收入（按名称对应）和支出合计的与上年比较（`year_on_year.last_year`）等于上年文件的本年数。
        上年文件中没有对应数字的不核对；不给 `--previous` 时不做这项检查。
        ## 为何重要
        上年决算数是从上年报告抄来的，抄错一位数，增减额、增减率和附表1 就都错了；`perfreport init 2024.yaml --from 2023.yaml` 会自动转入这些数。
        ## 示例
        上年的文件（`--previous`）：
        ```yaml
        year: 2023
        department: { name: 某局 }
        basic_data_table:
          funds:
            total: { actual: 107.49 }
        ```
        本年的文件：
        ```yaml
        year: 2024
        department: { name: 某局 }
        basic_data_table:
          funds:
            total: { prior_actual: 107.94 }   # 应为 107.49
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Options.Previous is not { } previous) return;
        foreach (var figure in PriorYearFigures.Of(context.Model, previous))
        {
            if (figure.Prior is not { } prior || figure.LastYear is not { } last) continue;
            if (ValidationContext.AmountsEqual(prior.Value, last.Value)) continue;
            context.Report(prior, figure.Title, Numbers.Money(prior.Value), previous.FilePath, last.Span.Line, Numbers.Money(last.Value), Numbers.Money(prior.Value - last.Value));
        }
    }
}
