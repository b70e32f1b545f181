using PerfReport.Rendering.Docx;

namespace PerfReport.Rendering;

/// <summary>
/// Turns a template's output into paragraphs and headings. One non-empty line is one paragraph. A line starting with
/// <c>## </c>, <c>### </c> or <c>#### </c> is a heading of level 2, 3 or 4; its number is generated here
/// (GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）), never typed in a template.
/// </summary>
internal sealed class NarrativeParser
{
    private readonly int[] _counters = new int[5];

    /// <summary>Starts a level-1 section: returns its numbered heading and resets the lower levels.</summary>
    public ParagraphBlock Section(string heading)
    {
        _counters[1]++;
        Array.Clear(_counters, 2, 3);
        return new ParagraphBlock(StyleNames.Heading1, $"{ChineseNumerals.Of(_counters[1])}、{heading}");
    }

    public IEnumerable<ParagraphBlock> Parse(string text, string bodyStyle = StyleNames.BodyText)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim(' ', '\t', '\r');
            if (line.Length == 0) continue;
            var level = line.StartsWith("#### ", StringComparison.Ordinal) ? 4
                : line.StartsWith("### ", StringComparison.Ordinal) ? 3
                : line.StartsWith("## ", StringComparison.Ordinal) ? 2 : 0;
            if (level == 0)
            {
                yield return new ParagraphBlock(bodyStyle, line);
                continue;
            }

            _counters[level]++;
            Array.Clear(_counters, level + 1, 4 - level);
            yield return new ParagraphBlock(StyleNames.Heading(level), Number(level, _counters[level]) + line[(level + 1)..].Trim());
        }
    }

    private static string Number(int level, int n) => level switch
    {
        2 => $"（{ChineseNumerals.Of(n)}）",
        3 => FormattableString.Invariant($"{n}."),
        _ => FormattableString.Invariant($"（{n}）"),
    };
}
