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
