using PerfReport.Model;

namespace PerfReport.Validation;

/// <summary>The three columns of the 基础数据表 经费控制情况, each with its printed name.</summary>
internal static class FundsColumns
{
    public static IReadOnlyList<(string Name, Func<FundsRow, Cell> Cell)> All { get; } =
    [
        ("上年决算", r => r.PriorActual),
        ("本年预算", r => r.Budget),
        ("本年决算", r => r.Actual),
    ];

    /// <summary>The sum of the cells, "——" counting as nothing; null when any cell is blank or all are "——".</summary>
    public static decimal? SumOrNull(IEnumerable<Cell> cells)
    {
        decimal sum = 0;
        var any = false;
        foreach (var c in cells)
        {
            if (c.State == CellState.Blank) return null;
            if (c.Value is { } v)
            {
                sum += v;
                any = true;
            }
        }

        return any ? sum : null;
    }
}
