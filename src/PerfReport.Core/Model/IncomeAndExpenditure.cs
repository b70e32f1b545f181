using PerfReport.Text;

namespace PerfReport.Model;

/// <summary>Income: the total, each source, and the breakdown of a source by function class.</summary>
internal sealed class Income
{
    public Located<decimal>? Total { get; init; }

    public Located<decimal>? CarryOver { get; init; }

    public List<IncomeSource> Sources { get; init; } = [];

    /// <summary>总收入 against last year.</summary>
    public YearOnYear? YearOnYear { get; init; }
}

/// <summary>A figure against last year: last year's figure and the stated change (amount, percent), as reports print
/// "比上年增加8.64万元，增长8.74%". A decrease is written negative.</summary>
internal sealed class YearOnYear
{
    public required SourceSpan Span { get; init; }

    public required string Path { get; init; }

    public Located<decimal>? LastYear { get; init; }

    /// <summary>This year − last year, as stated (negative for a decrease).</summary>
    public Located<decimal>? Change { get; init; }

    /// <summary>The change in percent of last year, as stated (negative for a decrease).</summary>
    public Located<decimal>? ChangeRate { get; init; }
}

/// <summary>The nature of an income source; it decides the 自评表 column it falls in.</summary>
internal enum IncomeNature
{
    GeneralBudget,
    GovernmentFund,
    SpecialAccount,
    Other,
}

internal sealed class IncomeSource
{
    public required SourceSpan Span { get; init; }

    public required string Path { get; init; }

    public Located<string>? Name { get; init; }

    public Located<IncomeNature>? Nature { get; init; }

    public Located<decimal>? Amount { get; init; }

    /// <summary>The stated share of 总收入, in percent.</summary>
    public Located<decimal>? Share { get; init; }

    public List<BreakdownItem> Breakdown { get; init; } = [];

    public YearOnYear? YearOnYear { get; init; }
}

internal sealed class BreakdownItem
{
    public required SourceSpan Span { get; init; }

    public Located<string>? Name { get; init; }

    public Located<decimal>? Amount { get; init; }

    /// <summary>The stated share, in percent (81.14 for "81.14%").</summary>
    public Located<decimal>? Share { get; init; }
}

internal sealed class Expenditure
{
    public Located<decimal>? Total { get; init; }

    public BasicExpenditure? Basic { get; init; }

    public ProjectExpenditure? Project { get; init; }

    /// <summary>支出合计 against last year.</summary>
    public YearOnYear? YearOnYear { get; init; }
}

internal sealed class BasicExpenditure
{
    public Located<decimal>? Total { get; init; }

    /// <summary>The stated share of 支出合计, in percent.</summary>
    public Located<decimal>? Share { get; init; }

    public Located<decimal>? Personnel { get; init; }

    public Located<string>? PersonnelCovers { get; init; }

    public Located<decimal>? Public { get; init; }

    public Located<string>? PublicCovers { get; init; }
}

internal sealed class ProjectExpenditure
{
    public Located<decimal>? Total { get; init; }

    /// <summary>The stated share of 支出合计, in percent.</summary>
    public Located<decimal>? Share { get; init; }

    public List<Project> Projects { get; init; } = [];

    public Located<string>? Purpose { get; init; }
}

internal sealed class Project
{
    public required SourceSpan Span { get; init; }

    public Located<string>? Name { get; init; }

    public Located<decimal>? Budget { get; init; }

    public Located<decimal>? Actual { get; init; }

    public Located<string>? Purpose { get; init; }
}

/// <summary>年初预算 against 决算, with the reasons stated for the difference.</summary>
internal sealed class BudgetVsFinal
{
    public Located<decimal>? InitialBudget { get; init; }

    public List<Reason> Reasons { get; init; } = [];
}

internal sealed class Reason
{
    public required SourceSpan Span { get; init; }

    public Located<string>? Text { get; init; }

    public Located<decimal>? Amount { get; init; }
}

/// <summary>政府性基金 / 国有资本经营 / 社会保险基金 budget spending.</summary>
internal sealed class OtherBudgets
{
    public OtherBudget? GovernmentFund { get; init; }

    public OtherBudget? StateCapital { get; init; }

    public OtherBudget? SocialInsurance { get; init; }
}

/// <summary>One of the other budgets: none, or an amount with text.</summary>
internal sealed class OtherBudget
{
    public required SourceSpan Span { get; init; }

    public bool None { get; init; }

    public Located<decimal>? Amount { get; init; }

    public Located<string>? Text { get; init; }
}
