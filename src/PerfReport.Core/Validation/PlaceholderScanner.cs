namespace PerfReport.Validation;

/// <summary>One piece of leftover template text: where it starts, how long it is, and what it is (for the message).</summary>
internal readonly record struct Placeholder(int Index, int Length, string What);

/// <summary>
/// Finds what a template or a form leaves for the writer to replace: runs of placeholder marks ("XX", "××", "某某",
/// "□□", "___"), fill-in prompts ("请填写", "此处填写"), bracketed prompts ("【单位名称】", "（请填写…）"), an ellipsis with
/// nothing before it ("主要包括……") and a "等" with nothing before it. One pass over the text with lookaheads of
/// bounded length and no regular expressions, so the time is linear in the text's length whatever it holds.
/// </summary>
internal static class PlaceholderScanner
{
    /// <summary>How far a bracket is looked for its closing mark; a longer bracket is real text, not a prompt.</summary>
    private const int BracketReach = 60;

    private static readonly string[] Prompts =
    [
        "请填写", "此处填写", "在此填写", "此处输入", "在此输入", "请输入", "请补充", "请在此", "待填写", "待补充",
        "填写说明", "填报说明", "根据实际情况填写", "按实际情况填写", "此处省略",
    ];

    /// <summary>Words in a 【】 that make it a prompt to fill in rather than a label.</summary>
    private static readonly string[] BracketWords =
        ["填", "输入", "此处", "示例", "例如", "名称", "金额", "数额", "日期", "简述", "描述", "说明", "…", "...", "XX", "xx", "××", "某某"];

    /// <summary>Words after which an ellipsis stands for content that was never written ("主要包括……", "金额为……").</summary>
    private static readonly string[] EllipsisLeads =
    [
        "包括", "包含", "主要有", "如下", "用于", "主要是", "分别是", "分别为", "具体为", "具体是", "例如", "比如",
        "一是", "二是", "三是", "四是", "五是", "为", "是", "达到", "共计", "合计", "约",
    ];

    /// <summary>Words after which a "等" closes an empty list ("主要包括等").</summary>
    private static readonly string[] EtcLeads = ["包括", "包含", "主要有", "用于", "主要是", "例如", "比如"];

    /// <summary>Characters that, right after "等", make it part of a word (等级, 等同, 等待, 等于…).</summary>
    private const string EtcWords = "级同待候到于额量比效次第值式号价";

    /// <summary>Units after which a single "X" or "×" is a placeholder figure ("X月X日", "X万元").</summary>
    private const string PlaceholderUnits = "年月日号万元个人名项次件家%％";

    private static readonly char[] PromptStarts = Prompts.Select(p => p[0]).Distinct().ToArray();

    public static List<Placeholder> Scan(string s) => Scan(s, out _);

    /// <summary>The placeholders in <paramref name="s"/>, in order; <paramref name="steps"/> counts the characters looked at.</summary>
    public static List<Placeholder> Scan(string s, out long steps)
    {
        var found = new List<Placeholder>();
        long work = 0;
        var i = 0;
        while (i < s.Length)
        {
            work++;
            var c = s[i];
            if (c is '【' or '（' or '(' && Bracket(s, i, ref work) is { } close && IsPrompt(s.AsSpan(i + 1, close - i - 1), c == '【'))
            {
                found.Add(new Placeholder(i, close - i + 1, $"提示“{s[i..(close + 1)]}”"));
                i = close + 1;
                continue;
            }

            if (PromptAt(s, i, ref work) is { } prompt)
            {
                found.Add(new Placeholder(i, prompt.Length, $"填写提示“{prompt}”"));
                i += prompt.Length;
                continue;
            }

            if (Family(c) is var family and not 0)
            {
                var end = i;
                while (end < s.Length && Family(s[end]) == family) end++;
                work += end - i;
                if (IsPlaceholderRun(s, i, end, family)) found.Add(new Placeholder(i, end - i, $"占位符“{s[i..end]}”"));
                i = end;
                continue;
            }

            if (c == '某' && i + 1 < s.Length && s[i + 1] == '某')
            {
                var end = i;
                while (end < s.Length && s[end] == '某') end++;
                work += end - i;
                found.Add(new Placeholder(i, end - i, $"占位符“{s[i..end]}”"));
                i = end;
                continue;
            }

            if (EllipsisEnd(s, i, ref work) is var ellipsisEnd && ellipsisEnd > i)
            {
                if (Lead(s, i, EllipsisLeads, "：:（(“\"‘【，,、；;。", ref work) is { } lead)
                {
                    var end = ellipsisEnd < s.Length && s[ellipsisEnd] == '等' ? ellipsisEnd + 1 : ellipsisEnd;
                    found.Add(new Placeholder(lead, end - lead, "未填内容的省略号"));
                    i = end;
                }
                else
                {
                    i = ellipsisEnd;
                }

                continue;
            }

            if (c == '等' && !(i + 1 < s.Length && EtcWords.Contains(s[i + 1], StringComparison.Ordinal))
                && Lead(s, i, EtcLeads, "：:（(“【", ref work) is { } etcLead)
                found.Add(new Placeholder(etcLead, i + 1 - etcLead, "前面没有内容的“等”"));

            i++;
        }

        steps = work;
        return found;
    }

    /// <summary>The index of the mark closing the bracket at <paramref name="open"/>, within reach and on the same line.</summary>
    private static int? Bracket(string s, int open, ref long work)
    {
        var closing = s[open] == '【' ? "】" : "）)";
        for (var j = open + 1; j < s.Length && j - open <= BracketReach; j++)
        {
            work++;
            if (closing.Contains(s[j], StringComparison.Ordinal)) return j;
            if (s[j] is '\n' or '【' or '（' or '(') return null;
        }

        return null;
    }

    private static bool IsPrompt(ReadOnlySpan<char> content, bool square)
    {
        var t = content.Trim();
        if (t.StartsWith("此处", StringComparison.Ordinal) || t.StartsWith("在此", StringComparison.Ordinal)
            || t.StartsWith("填写", StringComparison.Ordinal) || t.StartsWith("填报", StringComparison.Ordinal)
            || (t.Length > 1 && t[0] == '请' && !"示假求教".Contains(t[1])))
            return true;
        foreach (var p in Prompts)
        {
            if (t.Contains(p, StringComparison.Ordinal)) return true;
        }

        if (!square) return false;
        if (t.IsEmpty) return true;
        foreach (var w in BracketWords)
        {
            if (t.Contains(w, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static string? PromptAt(string s, int i, ref long work)
    {
        if (Array.IndexOf(PromptStarts, s[i]) < 0) return null;
        foreach (var p in Prompts)
        {
            work += p.Length;
            if (string.CompareOrdinal(s, i, p, 0, p.Length) == 0) return p;
        }

        return null;
    }

    /// <summary>0 for an ordinary character; else which family of placeholder marks it belongs to.</summary>
    private static int Family(char c) => c switch
    {
        'X' or 'x' or 'Ｘ' or 'ｘ' => 1,
        '×' or '✕' or '╳' => 2,
        '*' or '＊' => 3,
        '□' => 4,
        '_' or '＿' => 5,
        _ => 0,
    };

    private static bool IsPlaceholderRun(string s, int start, int end, int family)
    {
        var before = start > 0 ? s[start - 1] : ' ';
        var after = end < s.Length ? s[end] : ' ';
        var length = end - start;
        if (family == 1 && (char.IsAsciiLetter(before) || char.IsAsciiLetter(after) || after is '射' or '光' || string.CompareOrdinal(s, end, "世纪", 0, 2) == 0))
            return false;
        if (family is 1 or 2 && length == 1)
            return PlaceholderUnits.Contains(after, StringComparison.Ordinal) && !char.IsAsciiDigit(before) && !char.IsAsciiDigit(after);
        return length >= (family == 5 ? 3 : 2);
    }

    /// <summary>The index past an ellipsis starting at <paramref name="i"/> ("…", "……", "...", "。。。", "···"), or <paramref name="i"/>.</summary>
    private static int EllipsisEnd(string s, int i, ref long work)
    {
        var c = s[i];
        if (c is not ('…' or '.' or '。' or '·' or '．' or '⋯')) return i;
        var end = i;
        while (end < s.Length && s[end] == c) end++;
        work += end - i;
        return c is '…' or '⋯' || end - i >= 3 ? end : i;
    }

    /// <summary>
    /// Where the empty lead-in before position <paramref name="i"/> starts: at the start of the text or a line, after
    /// one of <paramref name="marks"/>, or at one of <paramref name="words"/> ending just before; null when real content precedes.
    /// </summary>
    private static int? Lead(string s, int i, string[] words, string marks, ref long work)
    {
        var p = i - 1;
        while (p >= 0 && i - p <= 4 && s[p] is ' ' or '\u3000' or '\t')
        {
            p--;
            work++;
        }

        if (p < 0 || s[p] is '\n' or '\r' || marks.Contains(s[p], StringComparison.Ordinal)) return i;
        foreach (var w in words)
        {
            work += w.Length;
            var from = p + 1 - w.Length;
            if (from >= 0 && string.CompareOrdinal(s, from, w, 0, w.Length) == 0) return from;
        }

        return null;
    }
}
