using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class ThreePublicTotalMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2009",
        "三公经费与其各项之和不符",
        "基础数据表{0}栏：三公经费 {1} 与公务用车 {2} + 出国 {3} + 公务接待 {4} = {5} 不符（差 {6}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        附表1 基础数据表每一栏：“三公经费”等于“公务用车购置和维护经费”、“出国经费”、“公务接待”三项之和。写“——”的格按 0 计；有空白格时该栏不核对。
        ## 为何重要
        三公经费是公开和审计的重点，合计与分项不符会直接被质疑。
        ## 示例
        ```yaml
        basic_data_table:
          funds:
            three_public: { actual: 3.50 }   # PR2009：基础数据表本年决算栏：三公经费 3.50 与公务用车 2.00 + 出国 —— + 公务接待 1.00 = 3.00 不符（差 0.50）
            vehicles:     { actual: 2.00 }
            overseas:     { actual: —— }
            reception:    { actual: 1.00 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.BasicDataTable?.Funds is not { ThreePublic: { } total, Vehicles: { } vehicles, Overseas: { } overseas, Reception: { } reception }) return;
        foreach (var (name, cell) in FundsColumns.All)
        {
            if (cell(total) is not { Value: { } stated } at) continue;
            Cell[] parts = [cell(vehicles), cell(overseas), cell(reception)];
            if (parts.Any(p => p.State == CellState.Blank)) continue;
            var sum = parts.Sum(p => p.Value ?? 0);
            if (!ValidationContext.AmountsEqual(stated, sum))
            {
                var shown = parts.Select(p => p.Value is { } v ? Numbers.Money(v) : "——").ToArray();
                context.Report(at, name, Numbers.Money(stated), shown[0], shown[1], shown[2], Numbers.Money(sum), Numbers.Money(stated - sum));
            }
        }
    }
}
