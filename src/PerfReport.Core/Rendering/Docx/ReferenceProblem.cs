namespace PerfReport.Rendering.Docx;

/// <summary>Something missing or unusable in a reference document; the caller turns it into a diagnostic.</summary>
/// <param name="StyleName">The style concerned, or an empty string for a problem with the document as a whole.</param>
/// <param name="Message">What was wrong and what the writer used instead (Chinese, for users).</param>
public sealed record ReferenceProblem(string StyleName, string Message)
{
    /// <summary>True when the whole document was unusable and the built-in default replaced it.</summary>
    public bool ReplacedWholeDocument { get; private init; }

    /// <summary>What was wrong, without what was used instead (for a whole-document problem); else <see cref="Message"/>.</summary>
    public string Reason { get; private init; } = Message;

    /// <summary>The whole document could not be used for <paramref name="reason"/>; the built-in default replaced it.</summary>
    internal static ReferenceProblem WholeDocument(string reason) =>
        new(string.Empty, reason + "，已改用默认参考文档") { ReplacedWholeDocument = true, Reason = reason };
}
