namespace PerfReport.Rendering.Docx;

/// <summary>A table (with its optional title paragraph).</summary>
internal sealed record TableBlock(TableSpec Table) : Block;
