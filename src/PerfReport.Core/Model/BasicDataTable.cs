using PerfReport.Text;

namespace PerfReport.Model;

/// <summary>附表1 部门整体支出绩效评价基础数据表.</summary>
internal sealed class BasicDataTable
{
    public Located<decimal>? StaffControlRate { get; init; }

    /// <summary>财政供养人员控制率 written "——" (不适用): printed as written, never computed or checked.</summary>
    public bool StaffControlRateNotApplicable { get; init; }

    public FundsTable? Funds { get; init; }

    public Buildings? Buildings { get; init; }

    public Located<string>? ThriftMeasures { get; init; }
}

/// <summary>A fixed row of 经费控制情况: its name in messages, its label in the printed table, where it is in the model, and its key in the file.</summary>
internal sealed record FundsTableLine(string Name, string Label, Func<FundsTable, FundsRow?> Row, string Key);

/// <summary>经费控制情况: every row has three columns.</summary>
internal sealed class FundsTable
{
    /// <summary>The fixed rows in table order; the 专项 rows are printed after the first <see cref="SpecialProjectsAfter"/>.</summary>
    public static IReadOnlyList<FundsTableLine> Lines { get; } =
    [
        new("支出总额", "支出总额", f => f.Total, "total"),
        new("基本支出", "基本支出", f => f.Basic, "basic"),
        new("公用经费", "　其中：公用经费", f => f.Public, "public"),
        new("项目支出", "项目支出", f => f.Project, "project"),
        new("运行维护经费", "　其中：1、运行维护经费", f => f.Operation, "operation"),
        new("三公经费", "三公经费", f => f.ThreePublic, "three_public"),
        new("公务用车购置和维护经费", "　1、公务用车购置和维护经费", f => f.Vehicles, "vehicles"),
        new("公车购置", "　　其中：公车购置", f => f.VehiclePurchase, "vehicle_purchase"),
        new("公车运行维护", "　　　　　公车运行维护", f => f.VehicleOperation, "vehicle_operation"),
        new("出国经费", "　2、出国经费", f => f.Overseas, "overseas"),
        new("公务接待", "　3、公务接待", f => f.Reception, "reception"),
        new("政府采购金额", "政府采购金额", f => f.Procurement, "procurement"),
    ];

    /// <summary>How many fixed rows come before the 专项 rows (支出总额 … 运行维护经费).</summary>
    public const int SpecialProjectsAfter = 5;

    public FundsRow? Total { get; init; }

    public FundsRow? Basic { get; init; }

    public FundsRow? Public { get; init; }

    public FundsRow? Project { get; init; }

    public FundsRow? Operation { get; init; }

    public List<SpecialProjectRow> SpecialProjects { get; init; } = [];

    public FundsRow? ThreePublic { get; init; }

    public FundsRow? Vehicles { get; init; }

    public FundsRow? VehiclePurchase { get; init; }

    public FundsRow? VehicleOperation { get; init; }

    public FundsRow? Overseas { get; init; }

    public FundsRow? Reception { get; init; }

    public FundsRow? Procurement { get; init; }
}

/// <summary>上年决算数 / 本年预算数 / 本年决算数.</summary>
internal sealed class FundsRow
{
    public required SourceSpan Span { get; init; }

    public required string Path { get; init; }

    public required Cell PriorActual { get; init; }

    public required Cell Budget { get; init; }

    public required Cell Actual { get; init; }

    /// <summary>The stated share of the 三公经费 本年决算数, in percent; only the three 三公 items have it.</summary>
    public Located<decimal>? Share { get; init; }
}

internal sealed class SpecialProjectRow
{
    public required SourceSpan Span { get; init; }

    public Located<string>? Name { get; init; }

    public required FundsRow Row { get; init; }
}

/// <summary>楼堂馆所控制情况.</summary>
internal sealed class Buildings
{
    public required Cell ApprovedArea { get; init; }

    public required Cell ActualArea { get; init; }

    public required Cell AreaControlRate { get; init; }

    public required Cell BudgetInvestment { get; init; }

    public required Cell ActualInvestment { get; init; }

    public required Cell InvestmentControlRate { get; init; }
}
