using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Rendering.Docx;

/// <summary>Turns text runs into w:p / w:r elements: '\n' → w:br, '\t' → w:tab, characters XML cannot hold dropped.</summary>
internal static class ParagraphWriter
{
    /// <summary>A paragraph in the given style (null: Normal) with optional direct alignment and page break.</summary>
    public static Paragraph Write(string? styleId, IEnumerable<TextRun> runs, TextAlignment? alignment, bool pageBreakBefore)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = styleId is null ? null : new ParagraphStyleId { Val = styleId },
            PageBreakBefore = pageBreakBefore ? new PageBreakBefore() : null,
            Justification = alignment is { } a ? new Justification { Val = Justify(a) } : null,
        };
        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }

        foreach (var run in runs)
        {
            paragraph.Append(Run(run));
        }

        return paragraph;
    }

    private static Run Run(TextRun textRun)
    {
        var run = new Run();
        if (textRun.Bold)
        {
            run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
        }

        string text = Clean(textRun.Text);
        var piece = new StringBuilder();
        foreach (char c in text)
        {
            if (c is '\n' or '\t')
            {
                Flush(run, piece);
                run.Append(c == '\n' ? new Break() : new TabChar());
            }
            else
            {
                piece.Append(c);
            }
        }

        Flush(run, piece);
        return run;
    }

    private static void Flush(Run run, StringBuilder piece)
    {
        if (piece.Length > 0)
        {
            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(piece.ToString()) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
            piece.Clear();
        }
    }

    /// <summary>Normalizes line ends to '\n' and drops characters that XML 1.0 cannot carry.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        string normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        for (int i = 0; i < normalized.Length; i++)
        {
            char c = normalized[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                sb.Append(c).Append(normalized[++i]);
            }
            else if (c is '\t' or '\n' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The w:jc value for an alignment.</summary>
    public static JustificationValues Justify(TextAlignment alignment) => alignment switch
    {
        TextAlignment.Center => JustificationValues.Center,
        TextAlignment.Right => JustificationValues.Right,
        TextAlignment.Justify => JustificationValues.Both,
        _ => JustificationValues.Left,
    };
}
