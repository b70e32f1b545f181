using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation.Rules.Percentages;

internal sealed class RatioBaseIsZero : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR3003",
        "比率的基数为 0",
        "{0}的基数{1}为 0，{0}无法计算（既不是 0%，也不是 100%）",
        Severity.Error,
        RuleCategory.Percentages,
        """
        ## 检查内容
        需要计算或已经写明的比率，其分母不能是 0：执行率（全年预算数）、人员控制率（编制数）、规模控制率（批复规模）、投资概算控制率（预算投资）、收入明细占比（本项收入与总收入）、收入来源占比（总收入）、基本支出和项目支出占比（支出合计）、三公经费各项占比（三公经费）、比上年增减率（上年数）、自评表其中各行的执行率（该行全年预算数）。
        分母为 0 而分子有数、或写了比率时报告；分子分母都没有时不报告。
        ## 为何重要
        除以 0 没有意义。有的系统把它算成 0%，有的算成 100%，都会误导读者，应当改正分母或说明情况。
        ## 示例
        ```yaml
        self_evaluation:
          funds:
            full_year_budget: 0   # PR3003：执行率的基数全年预算数为 0，执行率无法计算（既不是 0%，也不是 100%）
            executed: 5.00
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        var m = context.Model;
        if (m.SelfEvaluation?.Funds is { } f)
            Check(context, "执行率", "全年预算数", f.FullYearBudget, f.ExecutionRate is not null || f.Executed is not null);
        if (m.BasicInfo?.Staffing is { } s && s.Authorized is { } authorized)
            Check(context, "人员控制率", "编制数", new Located<decimal>(authorized.Value, authorized.Span, authorized.Path),
                m.BasicDataTable?.StaffControlRate is not null || s.Actual is { Value: > 0 });
        if (m.BasicDataTable?.Buildings is { } b)
        {
            Check(context, "规模控制率", "批复规模", b.ApprovedArea.AsLocated, b.AreaControlRate.HasValue || b.ActualArea.HasValue);
            Check(context, "投资概算控制率", "预算投资", b.BudgetInvestment.AsLocated, b.InvestmentControlRate.HasValue || b.ActualInvestment.HasValue);
        }

        foreach (var source in m.Income?.Sources ?? [])
        {
            if (source.Breakdown.FirstOrDefault(i => i.Share is not null)?.Share is not { } first) continue;
            var zero = source.Amount is { Value: 0 } || Figures.IncomeTotal(m) is 0;
            if (zero && ShareBase.Detect(context, source) is null) context.Report(first, "收入明细占比", "（本项收入与总收入）");
        }

        foreach (var group in ShareGroup.All(context).Where(g => !g.IsBreakdown))
        {
            if (group.BaseValue is 0 && group.Items.FirstOrDefault(i => i.Share is not null)?.Share is { } first)
                context.Report(first, group.Ratio, group.BaseName);
        }

        foreach (var (name, y, _) in YearOnYearFigures.All(m))
        {
            if (y.LastYear is { Value: 0 } last && y.ChangeRate is not null) context.Report(last, name + "比上年增减率", "上年数");
        }

        foreach (var (label, row) in m.SelfEvaluation?.Funds?.SubRows ?? [])
        {
            if (row.FullYearBudget is { State: CellState.Value, Value: 0 } && (row.ExecutionRate.HasValue || row.Executed.Value is > 0))
                context.Report(row.FullYearBudget, label + "执行率", "全年预算数");
        }
    }

    private static void Check(ValidationContext context, string ratio, string baseName, Located<decimal>? whole, bool needed)
    {
        if (whole is { Value: 0 } && needed) context.Report(whole, ratio, baseName);
    }
}
