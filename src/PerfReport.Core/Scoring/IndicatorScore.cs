using PerfReport.Text;

namespace PerfReport.Scoring;

/// <summary>One 三级指标 on the scoring sheet: how it was scored and why.</summary>
public sealed record IndicatorScore
{
    /// <summary>三级指标 name.</summary>
    public required string Name { get; init; }

    /// <summary>The 一级 and 二级 names it sits under.</summary>
    public required string Group { get; init; }

    /// <summary>The 二级 name.</summary>
    public required string Category { get; init; }

    /// <summary>Its YAML path (<c>self_evaluation.indicators[0].categories[1].indicators[0]</c>).</summary>
    public required string YamlPath { get; init; }

    /// <summary>Where it is written.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The kind used, or null when the target could not be read.</summary>
    public ScoreKind? Kind { get; init; }

    /// <summary>Why that kind ("指标值写“≥95%”，按正向指标计分").</summary>
    public required string KindReason { get; init; }

    /// <summary>年度指标值 as written.</summary>
    public string? Target { get; init; }

    /// <summary>实际完成值 as written.</summary>
    public string? Actual { get; init; }

    /// <summary>分值.</summary>
    public decimal? Weight { get; init; }

    /// <summary>The score the rules give, rounded once to 2 places; null when it cannot be computed.</summary>
    public decimal? Computed { get; init; }

    /// <summary>The score the unit wrote.</summary>
    public decimal? Stated { get; init; }

    /// <summary>The score that counts towards the totals (see <see cref="Basis"/>); null counts 0.</summary>
    public decimal? Score { get; init; }

    /// <summary>Where <see cref="Score"/> comes from.</summary>
    public ScoreBasis Basis { get; init; }

    /// <summary>The grade band a stated score is checked against (qualitative or not computable); null otherwise.</summary>
    public ScoreBand? Band { get; init; }

    /// <summary>How the score was reached ("正向：98% ÷ 100% × 10 = 9.8").</summary>
    public required string Working { get; init; }

    /// <summary>Why no formula gave the score ("定性", "无法计算（未填分值）"), the head of <see cref="Working"/>; empty when computed.</summary>
    internal string NotComputedReason { get; init; } = "";

    /// <summary>Actual ≥ the profile's factor × target.</summary>
    public bool OverAchieved { get; init; }

    internal Model.Indicator? Source { get; init; }

    internal ParsedValue? TargetValue { get; init; }

    internal ParsedValue? ActualValue { get; init; }

    /// <summary>True when target and actual are both figures but in different units.</summary>
    internal bool UnitMismatch { get; init; }
}
