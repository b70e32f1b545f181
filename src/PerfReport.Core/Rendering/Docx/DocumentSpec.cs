namespace PerfReport.Rendering.Docx;

/// <summary>
/// A Word document at layout level: an ordered list of blocks. The writer knows nothing about the report;
/// the report renderer fills this model and <see cref="DocxWriter"/> turns it into a .docx.
/// </summary>
/// <param name="Blocks">Paragraphs, tables and page or section breaks, in document order.</param>
/// <param name="Title">Optional document title for docProps/core.xml (dc:title).</param>
internal sealed record DocumentSpec(IReadOnlyList<Block> Blocks, string? Title = null);
