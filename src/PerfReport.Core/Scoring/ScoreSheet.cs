using PerfReport.Text;

namespace PerfReport.Scoring;

/// <summary>A 二级指标 with its indicators and subtotal.</summary>
public sealed record CategoryScore(string Name, string YamlPath, decimal Weight, decimal Score, IReadOnlyList<IndicatorScore> Indicators);

/// <summary>A 一级指标 with its categories and subtotal.</summary>
/// <param name="Name">Its name.</param>
/// <param name="YamlPath">Its YAML path.</param>
/// <param name="Weight">Its weight: the table's, else the profile's default for the name, else the sum of its indicators'.</param>
/// <param name="WeightSource">table / profile / indicators.</param>
/// <param name="IndicatorWeight">The sum of its indicators' weights.</param>
/// <param name="Score">The sum of its indicators' rounded scores.</param>
/// <param name="Categories">Its 二级指标.</param>
public sealed record GroupScore(string Name, string YamlPath, decimal Weight, string WeightSource, decimal IndicatorWeight, decimal Score, IReadOnlyList<CategoryScore> Categories);

/// <summary>The 预算执行率 line.</summary>
public sealed record FundsScore
{
    /// <summary>全年预算数.</summary>
    public decimal? Budget { get; init; }

    /// <summary>全年执行数.</summary>
    public decimal? Executed { get; init; }

    /// <summary>执行率 in percent, rounded to 2 places; null when undefined.</summary>
    public decimal? RatePercent { get; init; }

    /// <summary>分值: the table's, else the profile's.</summary>
    public decimal Weight { get; init; }

    /// <summary>The score the rules give; null when the rate is undefined.</summary>
    public decimal? Computed { get; init; }

    /// <summary>The score the unit wrote.</summary>
    public decimal? Stated { get; init; }

    /// <summary>The score that counts: computed, else stated.</summary>
    public decimal? Score { get; init; }

    /// <summary>Where <see cref="Score"/> comes from.</summary>
    public ScoreBasis Basis { get; init; }

    /// <summary>How it was reached.</summary>
    public required string Working { get; init; }

    /// <summary>Where the funds block is written.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Why the rate gave no score ("缺少全年预算数或全年执行数，无法计算执行率"), the head of <see cref="Working"/>; empty when computed.</summary>
    internal string NotComputedReason { get; init; } = "";

    internal bool BudgetIsZero { get; init; }

    internal Model.EvaluationFunds? Source { get; init; }
}

/// <summary>
/// The 自评表 scored by a profile: every indicator with its working, subtotals per 一级 and 二级, the 执行率 score,
/// the total and the grade. Computed once per compilation (<see cref="CompilationResult.ScoreSheet"/>).
/// </summary>
public sealed record ScoreSheet
{
    /// <summary>The profile's name (mof-2020, jiangxi, or the report's own).</summary>
    public required string ProfileName { get; init; }

    /// <summary>The profile's title.</summary>
    public required string ProfileTitle { get; init; }

    /// <summary>The 一级指标.</summary>
    public required IReadOnlyList<GroupScore> Groups { get; init; }

    /// <summary>The 预算执行率 line, or null when the table has no funds block.</summary>
    public FundsScore? Funds { get; init; }

    /// <summary>
    /// Sum of the rounded indicator scores and the funds score; null when the sheet is not <see cref="Complete"/>: a
    /// total is never asserted from a partial sum.
    /// </summary>
    public decimal? Total { get; init; }

    /// <summary>Sum of the scores that could be found (equal to <see cref="Total"/> when complete); for showing progress only.</summary>
    public decimal ScoredSum { get; init; }

    /// <summary>Sum of the 一级 weights and the funds weight (100 in a well-formed table).</summary>
    public decimal MaxTotal { get; init; }

    /// <summary>优 / 良 / 中 / 差 by the profile's bands; null when there is no <see cref="Total"/>.</summary>
    public string? Grade { get; init; }

    /// <summary>The table's 总分, if written.</summary>
    public decimal? StatedTotal { get; init; }

    /// <summary>The table's grade, if written.</summary>
    public string? StatedGrade { get; init; }

    /// <summary>False when some indicator (or the funds line) can neither be computed nor has a stated score.</summary>
    public bool Complete { get; init; }

    /// <summary>The indicators that have no score (computed, stated or by default), in table order.</summary>
    public IEnumerable<IndicatorScore> Unscored => Indicators.Where(i => i.Score is null);

    /// <summary>True when the table has a funds line and it has no score.</summary>
    public bool FundsUnscored => Funds is { Score: null };

    /// <summary>Every indicator, in table order.</summary>
    public IEnumerable<IndicatorScore> Indicators => Groups.SelectMany(g => g.Categories).SelectMany(c => c.Indicators);

    internal IReadOnlyList<ProfileIssue> ProfileIssues { get; init; } = [];

    internal ScoringProfile? Profile { get; init; }
}
