namespace PerfReport.Rendering.Docx;

/// <summary>Something missing or unusable in a reference document; the caller turns it into a diagnostic.</summary>
/// <param name="StyleName">The style concerned, or an empty string for a problem with the document as a whole.</param>
/// <param name="Message">What was wrong and what the writer used instead (Chinese, for users).</param>
public sealed record ReferenceProblem(string StyleName, string Message);
