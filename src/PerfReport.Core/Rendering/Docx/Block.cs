namespace PerfReport.Rendering.Docx;

/// <summary>One top-level element of a <see cref="DocumentSpec"/>.</summary>
internal abstract record Block;
