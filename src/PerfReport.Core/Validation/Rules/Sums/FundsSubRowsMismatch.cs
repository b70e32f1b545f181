using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class FundsSubRowsMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2017",
        "自评表年度资金总额与其中各行之和不符",
        "自评表{0}：年度资金总额 {1} 与其中各行（{2}）之和 {3} 不符（差 {4}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        附表2 自评表写了“其中”各行（本年财政拨款 `appropriation`、上年结转资金 `carry_over`、其他资金 `other_funds`，按财预〔2020〕10号的表样）时，
        年初预算数、全年预算数、全年执行数每一栏，年度资金总额都等于其中各行之和。空白格按 0 计；一栏中各行全空时这一栏不核对。
        年度资金总额未填时，年初预算数取 `budget_vs_final.initial_budget`，全年执行数取支出合计（与附表印出的数相同）；仍不知道时不核对。
        ## 为何重要
        其中各行是年度资金总额按来源的拆分；合计对不上，说明漏了一项资金或某一栏抄错了行。
        ## 示例
        ```yaml
        self_evaluation:
          funds:
            executed: 107.49                 # 102.49 + 0 + 4.00 = 106.49
            appropriation: { executed: 102.49 }
            carry_over: { executed: 0 }
            other_funds: { executed: 4 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (m.SelfEvaluation?.Funds is not { } f) return;
        var rows = f.SubRows.ToList();
        if (rows.Count == 0) return;
        var names = string.Join("、", rows.Select(r => r.Label));
        Column(context, "年初预算数", f.InitialBudget, f.InitialBudget?.Value ?? m.BudgetVsFinal?.InitialBudget?.Value, rows.Select(r => r.Row.InitialBudget), names);
        Column(context, "全年预算数", f.FullYearBudget, f.FullYearBudget?.Value, rows.Select(r => r.Row.FullYearBudget), names);
        Column(context, "全年执行数", f.Executed, f.Executed?.Value ?? Figures.ExpenditureTotal(m), rows.Select(r => r.Row.Executed), names);
    }

    private static void Column(ValidationContext context, string column, Located<decimal>? stated, decimal? total, IEnumerable<Cell> cells, string names)
    {
        var list = cells.ToList();
        if (total is not { } t || !list.Any(c => c.HasValue)) return;
        var sum = list.Sum(c => c.Value ?? 0);
        if (ValidationContext.AmountsEqual(t, sum)) return;
        // At the stated total; a total taken from elsewhere is reported at the column's first filled sub-row cell.
        var first = list.First(c => c.HasValue);
        var (span, path) = stated is not null ? (stated.Span, stated.Path) : (first.Span, first.Path);
        context.Report(span, path, column, Numbers.Money(t), names, Numbers.Money(sum), Numbers.Money(t - sum));
    }
}
