namespace PerfReport.Rendering.Docx;

/// <summary>Orientation of a section's pages.</summary>
internal enum PageOrientation
{
    Portrait,
    Landscape,
}
