namespace PerfReport.Scoring;

/// <summary>How an indicator is scored.</summary>
public enum ScoreKind
{
    /// <summary>正向 (≥): full weight at or above the target, else actual ÷ target × weight.</summary>
    Positive,

    /// <summary>反向 (≤): full weight at or below the target, else per the profile's negative method.</summary>
    Negative,

    /// <summary>等于 (=): as positive; a zero target scores full when the actual is 0 or less.</summary>
    Equal,

    /// <summary>定性: the unit's score, checked against the band of its grade.</summary>
    Qualitative,
}

/// <summary>Where an indicator's (or the funds') counted score comes from.</summary>
public enum ScoreBasis
{
    /// <summary>Computed from the figures by the profile's rules.</summary>
    Computed,

    /// <summary>Not computable (qualitative, or figures that cannot be compared): the stated score counts.</summary>
    Stated,

    /// <summary>Qualitative, graded 达成, no score stated: the full weight.</summary>
    Default,

    /// <summary>Neither computable nor stated: counts 0.</summary>
    None,
}

/// <summary>Chinese and code names of the scoring enums, and the score format, as the sheet prints them.</summary>
public static class ScoreNames
{
    /// <summary>A score, weight or total as printed: rounded half-up to 2 places, trailing zeros dropped ("10", "9.5", "6.67").</summary>
    public static string Format(decimal value) => Model.Numbers.Score(value);

    /// <summary>正向 / 反向 / 等于 / 定性.</summary>
    public static string Label(ScoreKind kind) => Model.Vocabulary.Of(kind).Label;

    /// <summary>positive / negative / equal / qualitative (the YAML <c>kind</c> values).</summary>
    public static string Code(ScoreKind kind) => Model.Vocabulary.Of(kind).Code;

    /// <summary>computed / stated / default / none.</summary>
    public static string Code(ScoreBasis basis) => basis switch
    {
        ScoreBasis.Computed => "computed",
        ScoreBasis.Stated => "stated",
        ScoreBasis.Default => "default",
        _ => "none",
    };
}
