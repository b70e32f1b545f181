using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class ActualBlankBesideFigures : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2052",
        "基础数据表有数的行中有空白格",
        "基础数据表“{0}”的{1}栏空白，而{2}栏有数；没有发生请写 0，不适用请写“——”",
        Severity.Warning,
        RuleCategory.Sums,
        """
        ## 检查内容
        基础数据表经费控制情况的每一行（含专项各行）：
        - 本年预算有数时，本年决算不应空白；
        - 上年决算和本年决算都有数时，本年预算不应空白。
        写 0 或“——”的格不算空白。
        ## 为何重要
        空白格含义不明：是没有发生、不适用，还是漏填？有预算而决算空白，读者会以为支出没有报告。
        ## 示例
        ```yaml
        basic_data_table:
          funds:
            three_public: { prior_actual: 1.20, budget: 1.00 }   # PR2052：基础数据表“三公经费”的本年决算栏空白，而本年预算栏有数
            special_projects:
              - { name: 民营经济小组办公费, budget: 4.5 }   # PR2052：基础数据表“民营经济小组办公费”的本年决算栏空白，而本年预算栏有数
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.BasicDataTable?.Funds is not { } f) return;
        var rows = FundsTable.Lines.Select(l => (l.Name, l.Row(f)));
        foreach (var (name, row) in rows.Concat(f.SpecialProjects.Select(s => (s.Name?.Value ?? "专项", (FundsRow?)s.Row))))
        {
            if (row is null) continue;
            if (row.Budget.HasValue && row.Actual.State == CellState.Blank)
                context.Report(row.Actual, name, "本年决算", "本年预算");
            else if (row.PriorActual.HasValue && row.Actual.HasValue && row.Budget.State == CellState.Blank)
                context.Report(row.Budget, name, "本年预算", "上年决算和本年决算");
        }
    }
}
