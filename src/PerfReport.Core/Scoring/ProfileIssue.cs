using PerfReport.Text;

namespace PerfReport.Scoring;

/// <summary>A problem with the scoring settings, placed in the report (at <c>scoring.profile</c>, <c>scoring.profile_file</c>, …).</summary>
internal sealed record ProfileIssue(SourceSpan Span, string Path, string Message);
