using PerfReport.Model;

namespace PerfReport.Scoring;

/// <summary>The band of scores a qualitative grade allows: [Low, High] or [Low, High).</summary>
/// <param name="Grade">达成 / 部分达成 / 未达成.</param>
/// <param name="Low">Lowest score, rounded to 2 places.</param>
/// <param name="High">Highest score (or the exclusive upper edge), rounded to 2 places.</param>
/// <param name="HighInclusive">True for the top band, which includes the full weight.</param>
public sealed record ScoreBand(string Grade, decimal Low, decimal High, bool HighInclusive)
{
    /// <summary>True when the score lies in the band.</summary>
    public bool Contains(decimal score) => score >= Low && (HighInclusive ? score <= High : score < High);

    /// <summary>"[12, 15]" or "[9, 12)".</summary>
    public string Show() => $"[{Numbers.Score(Low)}, {Numbers.Score(High)}{(HighInclusive ? "]" : ")")}";
}
