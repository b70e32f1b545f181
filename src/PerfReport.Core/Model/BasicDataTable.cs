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

/// <summary>经费控制情况: every row has three columns.</summary>
internal sealed class FundsTable
{
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
