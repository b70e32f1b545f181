using System.Text;
using PerfReport.Rendering.Docx;

namespace PerfReport.Tests.Rendering.Docx;

/// <summary>
/// The line measures before they were rewritten over ranges of the text (no line strings, one line-filling pass in
/// <see cref="TextMeasure.WrapsBadly"/>), kept as the oracle: the rewrite must give the same lines, counts and
/// judgements on every text and width, including hard line breaks, leading and trailing spaces and pieces wider than
/// the cell.
/// </summary>
public sealed class TextMeasureOracleTests
{
    private const string Closing = "，。、；：？！）》」』】〕〉”’%％,.;:?!)]}…—";

    private static List<string> OldLines(string text, double widthEm, bool protect = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        double used = 0;
        foreach (var piece in TextMeasure.Segments(text, protect))
        {
            if (piece == "\n")
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
                continue;
            }

            double w = TextMeasure.Width(piece.TrimEnd(' '));
            if (used > 0 && used + w > widthEm + 1e-9)
            {
                lines.Add(line.ToString().TrimEnd(' '));
                line.Clear();
                used = 0;
            }

            line.Append(piece);
            used += TextMeasure.Width(piece);
        }

        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString().TrimEnd(' '));
        return lines;
    }

    private static bool OldIsLoneCharacter(string line)
    {
        var l = line.TrimEnd(Closing.ToCharArray());
        return l.Length == 1 && TextMeasure.Width(l[0]) >= 1.0;
    }

    private static bool OldLeavesOneCharacter(string text, double widthEm)
    {
        var lines = OldLines(text, widthEm);
        return lines.Count >= 2 && lines.Any(OldIsLoneCharacter);
    }

    private static bool OldWrapsBadly(string text, double widthEm)
    {
        if (OldLeavesOneCharacter(text, widthEm)) return true;
        var lines = OldLines(text, widthEm);
        int offset = 0;
        var starts = new List<int>();
        foreach (var l in lines.Take(lines.Count - 1))
        {
            int index = text.IndexOf(l, offset, StringComparison.Ordinal);
            if (index < 0) return false;
            offset = index + l.Length;
            while (offset < text.Length && text[offset] is ' ' or '\n') offset++;
            starts.Add(offset);
        }

        var protectedBreaks = new HashSet<int>();
        int at = 0;
        foreach (var piece in TextMeasure.Segments(text, protect: true))
        {
            at += piece.Length;
            protectedBreaks.Add(at);
        }

        return starts.Any(s => !protectedBreaks.Contains(s) && !(s > 0 && text[s - 1] == '\n'));
    }

    /// <summary>Texts the tables hold, and ones made to hit the edges.</summary>
    private static readonly List<string> Corpus = MakeCorpus();

    public static TheoryData<string> Texts() => [.. Corpus.Distinct(StringComparer.Ordinal)];

    private static List<string> MakeCorpus()
    {
        var data = new List<string>
        {
            "数量指标", "服务对象满意度指标", "（50分）", "≥10000万元", "实际投资（万元）", "完成6场培训", "工作任务如期完成，工作质量",
            "", " ", "  ", "\n", "\n\n", "a\n\nb", "字\n  字字", "字 。", "字。 ", "  前导空格", "末尾空格  ", "字\n", "\n字",
            "Budget execution rate 100.00%", "123456.78", "项目支出决算 8.29 只有本年预算 19.08 的 43.45%",
            "（1）、调研；（2）、培训。", "“严格控制在预算内”", "各项业务工作经费不超过预算", "≥95%", "6场", "100%",
        };

        // Random strings over the characters the rules treat differently, reproducible by the seed.
        const string alphabet = "字数量指标，。（）()万元% 0123456789.\n≥-abcMW“”、";
        var random = new Random(20261205);
        for (int n = 0; n < 300; n++)
        {
            var b = new StringBuilder();
            int length = random.Next(1, 24);
            for (int i = 0; i < length; i++) b.Append(alphabet[random.Next(alphabet.Length)]);
            data.Add(b.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Lines_counts_and_judgements_are_those_of_the_string_building_measures(string text)
    {
        for (double width = 0.5; width <= 12.0; width += 0.25)
        {
            foreach (bool protect in new[] { false, true })
            {
                var expected = OldLines(text, width, protect);
                Assert.Equal(expected, TextMeasure.Lines(text, width, protect));
                Assert.Equal(expected.Count, TextMeasure.LineCount(text, width, protect));
            }

            Assert.Equal(OldLeavesOneCharacter(text, width), TextMeasure.LeavesOneCharacter(text, width));
            Assert.True(OldWrapsBadly(text, width) == TextMeasure.WrapsBadly(text, width), $"WrapsBadly(\"{text}\", {width})");
        }
    }

    [Fact]
    public void The_corpus_reaches_every_branch_it_is_meant_to()
    {
        // Without these the comparison above would prove less: a line not found after a hard break, a lone character
        // after wrapping, a start the report does not allow, and a piece wider than the cell.
        var texts = Corpus;
        var widths = Enumerable.Range(2, 47).Select(i => i / 4.0).ToList();
        Assert.Contains(texts, t => widths.Any(w => OldLines(t, w).Count > 1 && !OldLeavesOneCharacter(t, w) && OldWrapsBadly(t, w)));
        Assert.Contains(texts, t => widths.Any(w => OldLeavesOneCharacter(t, w)));
        Assert.Contains(texts, t => widths.Any(w => OldLines(t, w).Skip(1).Any(l => l.StartsWith(' '))));
        Assert.Contains(texts, t => widths.Any(w => OldLines(t, w).Any(l => TextMeasure.Width(l) > w + 1e-9)));
    }
}
