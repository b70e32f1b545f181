namespace PerfReport.Rendering.Docx;

/// <summary>A run of text with optional bold; the rest of its look comes from the paragraph style.</summary>
internal sealed record TextRun(string Text, bool Bold = false);
