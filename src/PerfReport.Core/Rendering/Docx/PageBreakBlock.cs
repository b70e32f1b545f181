namespace PerfReport.Rendering.Docx;

/// <summary>
/// Start the next block on a new page (same section, page numbers run on). The writer turns it into
/// w:pageBreakBefore on the following paragraph or table title, so no empty line is left at the top of the page.
/// </summary>
internal sealed record PageBreakBlock : Block
{
    /// <summary>The single instance.</summary>
    public static PageBreakBlock Instance { get; } = new();
}
