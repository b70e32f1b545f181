using PerfReport.Text;

namespace PerfReport.Model;

/// <summary>附表2 部门整体支出绩效自评表.</summary>
internal sealed class SelfEvaluation
{
    public EvaluationFunds? Funds { get; init; }

    public List<Located<string>> Goals { get; init; } = [];

    public Located<string>? GoalsAchievement { get; init; }

    public List<IndicatorGroup> Indicators { get; init; } = [];

    public Located<decimal>? TotalScore { get; init; }

    public Located<string>? Grade { get; init; }
}

internal sealed class EvaluationFunds
{
    public Located<decimal>? InitialBudget { get; init; }

    public Located<decimal>? FullYearBudget { get; init; }

    public Located<decimal>? Executed { get; init; }

    public Located<decimal>? Weight { get; init; }

    public Located<decimal>? ExecutionRate { get; init; }

    public Located<decimal>? Score { get; init; }

    public ByIncome? ByIncome { get; init; }

    public ByExpenditure? ByExpenditure { get; init; }

    /// <summary>其中：本年财政拨款 (MoF 2020 form); null when the file has no such row.</summary>
    public EvaluationFundsRow? Appropriation { get; init; }

    /// <summary>上年结转资金.</summary>
    public EvaluationFundsRow? CarryOver { get; init; }

    /// <summary>其他资金.</summary>
    public EvaluationFundsRow? OtherFunds { get; init; }

    /// <summary>The sub-rows the file has, in the form's order, with their labels.</summary>
    public IEnumerable<(string Label, EvaluationFundsRow Row)> SubRows =>
        new (string, EvaluationFundsRow?)[] { ("本年财政拨款", Appropriation), ("上年结转资金", CarryOver), ("其他资金", OtherFunds) }
            .Where(r => r.Item2 is not null).Select(r => (r.Item1, r.Item2!));
}

/// <summary>One 其中 row under 年度资金总额: 年初预算数 / 全年预算数 / 全年执行数 (and the row's 执行率, when printed).</summary>
internal sealed class EvaluationFundsRow
{
    public required SourceSpan Span { get; init; }

    public required string Path { get; init; }

    public required Cell InitialBudget { get; init; }

    public required Cell FullYearBudget { get; init; }

    public required Cell Executed { get; init; }

    public required Cell ExecutionRate { get; init; }
}

internal sealed class ByIncome
{
    public required SourceSpan Span { get; init; }

    public required Cell GeneralBudget { get; init; }

    public required Cell GovernmentFund { get; init; }

    public required Cell SpecialAccount { get; init; }

    public required Cell Other { get; init; }
}

internal sealed class ByExpenditure
{
    public required SourceSpan Span { get; init; }

    public required Cell Basic { get; init; }

    public required Cell Project { get; init; }
}

/// <summary>一级指标 with its labelled weight.</summary>
internal sealed class IndicatorGroup
{
    public required SourceSpan Span { get; init; }

    public required string Path { get; init; }

    public Located<string>? Name { get; init; }

    public Located<decimal>? Weight { get; init; }

    public List<IndicatorCategory> Categories { get; init; } = [];
}

/// <summary>二级指标.</summary>
internal sealed class IndicatorCategory
{
    public required SourceSpan Span { get; init; }

    public required string Path { get; init; }

    public Located<string>? Name { get; init; }

    public List<Indicator> Indicators { get; init; } = [];
}

internal enum IndicatorKind
{
    Positive,
    Negative,
    Equal,
    Qualitative,
}

internal enum QualitativeGrade
{
    Achieved,
    Partial,
    NotAchieved,
}

/// <summary>三级指标.</summary>
internal sealed class Indicator
{
    public required SourceSpan Span { get; init; }

    public required string Path { get; init; }

    public Located<string>? Name { get; init; }

    public Located<IndicatorKind>? Kind { get; init; }

    public Located<QualitativeGrade>? Grade { get; init; }

    /// <summary>年度指标值, as written.</summary>
    public Located<string>? Target { get; init; }

    /// <summary>实际完成值, as written.</summary>
    public Located<string>? Actual { get; init; }

    public Located<decimal>? Weight { get; init; }

    public Located<decimal>? Score { get; init; }

    /// <summary>偏差原因分析及改进措施.</summary>
    public Located<string>? Deviation { get; init; }
}
