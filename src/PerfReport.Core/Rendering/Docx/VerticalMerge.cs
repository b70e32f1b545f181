namespace PerfReport.Rendering.Docx;

/// <summary>Vertical merge state of a table cell (w:vMerge).</summary>
internal enum VerticalMerge
{
    None,
    Restart,
    Continue,
}
