using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Model;

/// <summary>One department's report for one year: everything the YAML file holds. Parts may be missing (null)
/// when the file omits them or they could not be read; the binder has reported the latter.</summary>
internal sealed class Evaluation
{
    public required string FilePath { get; init; }

    public Located<int>? Version { get; init; }

    public Located<int>? Year { get; init; }

    public Located<string>? AmountUnit { get; init; }

    public Department? Department { get; init; }

    public BasicInfo? BasicInfo { get; init; }

    public Income? Income { get; init; }

    public Expenditure? Expenditure { get; init; }

    public BudgetVsFinal? BudgetVsFinal { get; init; }

    public OtherBudgets? OtherBudgets { get; init; }

    public Performance? Performance { get; init; }

    public List<Located<string>> Problems { get; init; } = [];

    public List<Located<string>> Measures { get; init; } = [];

    public Located<string>? ResultsApplication { get; init; }

    public Located<string>? OtherRemarks { get; init; }

    public BasicDataTable? BasicDataTable { get; init; }

    public SelfEvaluation? SelfEvaluation { get; init; }

    public Signature? Signature { get; init; }

    public ScoringSettings? Scoring { get; init; }

    public ValidationSettings? Validation { get; init; }

    /// <summary>The file's <c>suppressions:</c> list: findings the department has accepted, each with a reason.</summary>
    public List<SuppressionEntry> Suppressions { get; init; } = [];
}

/// <summary>One entry of <c>suppressions:</c>: a code, the YAML path it is accepted at (and below), and why.</summary>
internal sealed class SuppressionEntry
{
    public SourceSpan Span { get; init; }

    public Located<string>? Code { get; init; }

    public Located<string>? Path { get; init; }

    public Located<string>? Reason { get; init; }
}

internal sealed class Department
{
    public Located<string>? Name { get; init; }

    public Located<string>? Region { get; init; }

    public Located<string>? FinanceBureau { get; init; }

    public Located<string>? SelfReference { get; init; }
}

internal sealed class BasicInfo
{
    public List<Located<string>> Duties { get; init; } = [];

    public Located<string>? Organization { get; init; }

    public Staffing? Staffing { get; init; }
}

internal sealed class Staffing
{
    public Located<string>? EstablishmentType { get; init; }

    public Located<int>? Authorized { get; init; }

    public Located<int>? Actual { get; init; }

    public Located<string>? StaffTerm { get; init; }
}

internal sealed class Signature
{
    public Located<string>? FilledBy { get; init; }

    public Located<string>? Date { get; init; }

    public Located<string>? Phone { get; init; }

    public Located<string>? Head { get; init; }
}

internal sealed class ScoringSettings
{
    public Located<string>? Profile { get; init; }

    public Located<string>? ProfileFile { get; init; }

    /// <summary>Overrides of single profile settings; null where the report keeps the profile's.</summary>
    public Located<decimal>? FundsWeight { get; init; }

    public Located<FundsMethod>? FundsMethod { get; init; }

    public Located<NegativeMethod>? NegativeMethod { get; init; }

    /// <summary>Lower edge of the 达成 band, in percent of the weight.</summary>
    public Located<decimal>? AchievedBand { get; init; }

    /// <summary>Lower edge of the 部分达成 band, in percent of the weight.</summary>
    public Located<decimal>? PartialBand { get; init; }

    public Located<decimal>? OverAchievementFactor { get; init; }
}

internal sealed class ValidationSettings
{
    /// <summary>Tolerance for stated shares and rates, in percentage points.</summary>
    public Located<decimal>? ShareTolerance { get; init; }

    /// <summary>An unexplained 年初预算–决算 difference above this share of 年初预算 (in percent) is an error, not a warning.</summary>
    public Located<decimal>? BudgetChangeThreshold { get; init; }

    /// <summary>A project or 专项 spent above this share of its 本年预算 (in percent) needs an explanation.</summary>
    public Located<decimal>? OverExecutionThreshold { get; init; }
}
