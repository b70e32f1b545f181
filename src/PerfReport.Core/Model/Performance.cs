using PerfReport.Text;

namespace PerfReport.Model;

internal sealed class Performance
{
    public Located<string>? Summary { get; init; }

    public Located<string>? AchievementsIntro { get; init; }

    public List<Achievement> Achievements { get; init; } = [];
}

/// <summary>A titled achievement; it may hold titled sub-items of its own (one level).</summary>
internal sealed class Achievement
{
    public required SourceSpan Span { get; init; }

    public Located<string>? Title { get; init; }

    public Located<string>? Text { get; init; }

    public List<Achievement> Items { get; init; } = [];
}
