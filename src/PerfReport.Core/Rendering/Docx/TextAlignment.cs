namespace PerfReport.Rendering.Docx;

/// <summary>Horizontal alignment of a paragraph or table cell.</summary>
internal enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}
