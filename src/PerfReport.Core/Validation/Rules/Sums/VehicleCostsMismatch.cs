using PerfReport.Diagnostics;
using PerfReport.Model;

namespace PerfReport.Validation.Rules.Sums;

internal sealed class VehicleCostsMismatch : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR2010",
        "公务用车经费与购置、运行维护之和不符",
        "基础数据表{0}栏：公务用车购置和维护经费 {1} 与公车购置 {2} + 公车运行维护 {3} = {4} 不符（差 {5}）",
        Severity.Error,
        RuleCategory.Sums,
        """
        ## 检查内容
        附表1 基础数据表每一栏：“公务用车购置和维护经费”等于“公车购置”与“公车运行维护”之和。写“——”的格按 0 计；有空白格时该栏不核对。
        ## 为何重要
        公务用车经费是三公经费中最受关注的一项，其分项必须能对上。
        ## 示例
        ```yaml
        basic_data_table:
          funds:
            vehicles:          { actual: 2.00 }   # PR2010：基础数据表本年决算栏：公务用车购置和维护经费 2.00 与公车购置 —— + 公车运行维护 1.50 = 1.50 不符（差 0.50）
            vehicle_purchase:  { actual: —— }
            vehicle_operation: { actual: 1.50 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    public void Check(ValidationContext context)
    {
        if (context.Model.BasicDataTable?.Funds is not { Vehicles: { } total, VehiclePurchase: { } purchase, VehicleOperation: { } operation }) return;
        foreach (var (name, cell) in FundsColumns.All)
        {
            if (cell(total) is not { Value: { } stated } at) continue;
            var (a, b) = (cell(purchase), cell(operation));
            if (a.State == CellState.Blank || b.State == CellState.Blank) continue;
            var sum = (a.Value ?? 0) + (b.Value ?? 0);
            if (!ValidationContext.AmountsEqual(stated, sum))
                context.Report(at, name, Numbers.Money(stated), Show(a), Show(b), Numbers.Money(sum), Numbers.Money(stated - sum));
        }
    }

    private static string Show(Cell c) => c.Value is { } v ? Numbers.Money(v) : "——";
}
