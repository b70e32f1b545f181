namespace PerfReport.Rendering.Docx;

/// <summary>A paragraph in a named style (see <see cref="StyleNames"/>).</summary>
/// <param name="StyleName">The style's name (w:name), resolved to its id through the reference document.</param>
/// <param name="Runs">The text; a '\n' inside a run becomes a line break, '\t' a tab.</param>
/// <param name="PageBreakBefore">Start this paragraph on a new page.</param>
/// <param name="Alignment">Overrides the style's alignment when set.</param>
internal sealed record ParagraphBlock(
    string StyleName,
    IReadOnlyList<TextRun> Runs,
    bool PageBreakBefore = false,
    TextAlignment? Alignment = null) : Block
{
    /// <summary>A paragraph holding one plain run. (Parameter names match the primary constructor's.)</summary>
    public ParagraphBlock(string StyleName, string Text, bool PageBreakBefore = false, TextAlignment? Alignment = null)
        : this(StyleName, [new TextRun(Text)], PageBreakBefore, Alignment)
    {
    }
}
