using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class SpecialProjectsTotalMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2008",
        "基础数据表专项合计与项目支出不符",
        "基础数据表{0}栏：专项各行合计 {1} 与项目支出 {2} 不符（差 {3}）{4}",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        附表1 基础数据表中，专项各行在每一栏的合计等于同一栏的项目支出。某一行在该栏空白时不核对该栏（写“——”的格按 0 计）。
        报告位置：项目支出一格与正文（`expenditure.project`）一致时，错的是专项各行，报在第一个专项行；否则报在项目支出一格。
        ## 为何重要
        专项是项目支出的明细。常见的错误是把本年预算数原样抄进本年决算栏，使专项决算合计大于实际的项目支出。
        ## 示例
        ```yaml
        expenditure:
          project: { total: 8.29 }
        basic_data_table:
          funds:
            project: { budget: 19.08, actual: 8.29 }
            special_projects:
              - { name: 部分工商业者生活困难补助经费, budget: 9, actual: 9 }   # PR2008：基础数据表本年决算栏：专项各行合计 19.08 与项目支出 8.29 不符（差 10.79）
              - { name: 民营经济小组办公费, budget: 4.5, actual: 4.5 }
              - { name: 调研、培训、维权、光彩事业, budget: 3.78, actual: 3.78 }
              - { name: 区非公有制党工委工作经费, budget: 0.9, actual: 0.9 }
              - { name: 三小生活困难补助, budget: 0.9, actual: 0.9 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.BasicDataTable?.Funds is not { Project: { } project, SpecialProjects: { Count: > 0 } rows }) return;
        foreach (var (name, cell) in FundsColumns.All)
        {
            if (cell(project) is not { Value: { } stated } at || FundsColumns.SumOrNull(rows.Select(r => cell(r.Row))) is not { } sum) continue;
            if (ValidationContext.AmountsEqual(stated, sum)) continue;
            var narrative = Corroboration(context.Model, name);
            var rowsAtFault = narrative is { } n && ValidationContext.AmountsEqual(n, stated);
            var where = rowsAtFault ? cell(rows[0].Row) : at;
            var note = rowsAtFault ? $"；项目支出{name}与正文一致，应核对专项各行" : "";
            context.Report(where, name, Numbers.Money(sum), Numbers.Money(stated), Numbers.Money(sum - stated), note);
        }
    }

    /// <summary>The narrative's figure for the 项目支出 cell of a column, when it has one.</summary>
    private static decimal? Corroboration(Evaluation m, string column) => column switch
    {
        "本年决算" => Figures.Project(m),
        "本年预算" => Figures.SumOrNull(m.Expenditure?.Project?.Projects.Select(p => p.Budget) ?? []),
        _ => null,
    };
}
