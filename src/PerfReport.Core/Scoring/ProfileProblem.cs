using PerfReport.Text;

namespace PerfReport.Scoring;

/// <summary>Something wrong with a scoring profile: where (file and position) and what.</summary>
internal sealed record ProfileProblem(string File, SourceSpan Span, string Message)
{
    /// <summary>"jiangxi.yaml 第 3 行第 5 列：…" — the position inside the profile file, for a message reported in the report.</summary>
    public string Describe() => Span == SourceSpan.FileStart && File.Length == 0
        ? Message
        : $"{File} 第 {Span.Line} 行第 {Span.Column} 列：{Message}";
}
