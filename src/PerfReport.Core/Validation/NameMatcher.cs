using System.Text;

namespace PerfReport.Validation;

/// <summary>
/// Pairs items of two lists by name, loosely: the same project is often named slightly differently in the narrative
/// and in the table ("调研、培训、维权、光彩事业" / "调研培训维权光彩事业经费"). Each item is used at most once and the best
/// pairs are taken first, so that a near name cannot steal an item that has an exact match elsewhere.
/// </summary>
internal static class NameMatcher
{
    /// <summary>Below this similarity two names are not taken for the same thing.</summary>
    public const double Threshold = 0.6;

    private static readonly string[] Suffixes = ["工作经费", "专项经费", "项目经费", "经费", "资金", "项目", "专项", "费用", "费"];

    /// <summary>Pairs (index in <paramref name="left"/>, index in <paramref name="right"/>), best first.</summary>
    public static List<(int Left, int Right)> Pair(IReadOnlyList<string?> left, IReadOnlyList<string?> right)
    {
        // Normalise each name once, not once per pair.
        var l = left.Select(n => n is null ? null : Normalize(n)).ToList();
        var r = right.Select(n => n is null ? null : Normalize(n)).ToList();
        var candidates = new List<(double Score, int Left, int Right)>();
        for (var i = 0; i < l.Count; i++)
        {
            for (var j = 0; j < r.Count; j++)
            {
                if (l[i] is not { } a || r[j] is not { } b) continue;
                var score = SimilarityOfNormalized(a, b);
                if (score >= Threshold) candidates.Add((score, i, j));
            }
        }

        var usedLeft = new HashSet<int>();
        var usedRight = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, i, j) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Left).ThenBy(c => c.Right))
        {
            if (usedLeft.Contains(i) || usedRight.Contains(j)) continue;
            usedLeft.Add(i);
            usedRight.Add(j);
            pairs.Add((i, j));
        }

        return pairs;
    }

    /// <summary>1 for the same name after normalising, 0.9 when one contains the other, else the Dice coefficient of character pairs.</summary>
    public static double Similarity(string a, string b) => SimilarityOfNormalized(Normalize(a), Normalize(b));

    private static double SimilarityOfNormalized(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0) return 0;
        if (x == y) return 1;
        if (Math.Min(x.Length, y.Length) >= 2 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))) return 0.9;
        var bx = Bigrams(x);
        var by = Bigrams(y);
        if (bx.Count + by.Count == 0) return 0;
        var common = 0;
        var pool = by.ToList();
        foreach (var g in bx)
        {
            var k = pool.IndexOf(g);
            if (k < 0) continue;
            common++;
            pool.RemoveAt(k);
        }

        return 2.0 * common / (bx.Count + by.Count);
    }

    /// <summary>Letters and digits only, with a generic ending such as "经费" or "项目" removed.</summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        }

        var s = sb.ToString();
        foreach (var suffix in Suffixes)
        {
            if (s.Length > suffix.Length + 1 && s.EndsWith(suffix, StringComparison.Ordinal)) return s[..^suffix.Length];
        }

        return s;
    }

    private static List<string> Bigrams(string s)
    {
        var list = new List<string>();
        for (var i = 0; i + 1 < s.Length; i++) list.Add(s.Substring(i, 2));
        return list;
    }
}
