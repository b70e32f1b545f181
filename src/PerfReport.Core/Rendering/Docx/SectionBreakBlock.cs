namespace PerfReport.Rendering.Docx;

/// <summary>
/// End the current section; the next section starts on a new page with the given orientation. Page setup, footers
/// and the grid come from the reference document (landscape turns its page and margins by 90°); page numbers run on.
/// </summary>
internal sealed record SectionBreakBlock(PageOrientation Orientation = PageOrientation.Portrait) : Block;
