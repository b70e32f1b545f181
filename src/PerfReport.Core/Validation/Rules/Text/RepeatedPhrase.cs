using System.Numerics;
using System.Runtime.InteropServices;
using PerfReport.Diagnostics;

namespace PerfReport.Validation.Rules.Text;

internal sealed class RepeatedPhrase : IValidationRule
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PR5001",
        "词语重复",
        "“{0}”连写了两遍，是否多打了一遍",
        Severity.Warning,
        RuleCategory.Text,
        """
        ## 检查内容
        单位自己写的文字中，同一个三字以上（至多 64 字）的词语紧挨着出现两遍（如“本年度本年度”）。
        ## 为何重要
        这类重复多是复制粘贴留下的，印在正式报告中显得粗疏，审核时常被圈出。
        ## 示例
        ```yaml
        budget_vs_final:
          reasons:
            - { text: 本年度本年度新增干职工调资, amount: 28.67 }
        ```
        """);

    DiagnosticDescriptor IValidationRule.Descriptor => Descriptor;

    /// <summary>The longest phrase looked for: enough for any clause, and it keeps the search linear in the text length.</summary>
    internal const int MaxPhrase = 64;

    private const int MinPhrase = 3;

    public void Check(ValidationContext context)
    {
        foreach (var text in DepartmentText.All(context.Model))
        {
            foreach (var (index, length) in Doubled(text.Value).Take(DepartmentText.MaxReportsPerText))
                context.Report(DepartmentText.At(text, index), text.Path, text.Value.Substring(index, length));
        }
    }

    /// <summary>
    /// Where a run of 3 to <see cref="MaxPhrase"/> CJK ideographs is followed at once by the same run: scanning from
    /// the left, the longest such phrase at the first place it starts, then on after its second copy (what the regex
    /// <c>(\p{IsCJKUnifiedIdeographs}{3,64})\1</c> finds). Time O(n × 64): one pass for each length k.
    /// </summary>
    internal static List<(int Index, int Length)> Doubled(string s)
    {
        var found = new List<(int, int)>();
        var start = 0;
        while (start < s.Length)
        {
            if (!IsIdeograph(s[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < s.Length && IsIdeograph(s[end])) end++;
            if (end - start >= 2 * MinPhrase) FindInRun(s, start, end, found);
            start = end;
        }

        return found;
    }

    /// <summary>The doubled phrases inside one run of ideographs <c>[start, end)</c>.</summary>
    private static void FindInRun(string s, int start, int end, List<(int, int)> found)
    {
        var n = end - start;
        var longest = new int[n];
        var run = MemoryMarshal.Cast<char, ushort>(s.AsSpan(start, n));
        for (var k = MinPhrase; k <= Math.Min(MaxPhrase, n / 2); k++)
        {
            // Runs of characters equal to the one k places further: a run of m >= k starting at j makes the phrases
            // starting at j … j + m - k doubled. Longer k come later and win. Equal pairs are rare in prose, so the
            // search for the next one goes a vector at a time.
            var here = run[..(n - k)];
            var there = run[k..];
            for (var j = 0; j < here.Length;)
            {
                j = NextEqual(here, there, j);
                if (j >= here.Length) break;
                var m = here[j..].CommonPrefixLength(there[j..]);
                if (m >= k) longest.AsSpan(j, m - k + 1).Fill(k);
                j += m;
            }
        }

        for (var j = 0; j < n;)
        {
            if (longest[j] == 0)
            {
                j++;
                continue;
            }

            found.Add((start + j, longest[j]));
            j += 2 * longest[j];
        }
    }

    /// <summary>The first index from <paramref name="j"/> on where the two spans hold the same character, or their length.</summary>
    private static int NextEqual(ReadOnlySpan<ushort> here, ReadOnlySpan<ushort> there, int j)
    {
        var width = Vector<ushort>.Count;
        while (j + width <= here.Length && !Vector.EqualsAny(new Vector<ushort>(here[j..]), new Vector<ushort>(there[j..]))) j += width;
        while (j < here.Length && here[j] != there[j]) j++;
        return j;
    }

    /// <summary>The characters <c>\p{IsCJKUnifiedIdeographs}</c> matches (U+4E00–U+9FFF).</summary>
    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
