namespace PerfReport.Text;

/// <summary>
/// A number typed at the start of an item that the tool numbers itself (duties, problems, measures, achievements,
/// goals, 专项, income sources): "1、", "1.", "1．", "1）", "（一）", "(1)", "一、", "第一，", "①", "目标1：". The view model drops
/// it before numbering the item, and PR5005 reports it; both ask here, so they always agree. One pass, no regex.
/// </summary>
internal static class ItemNumber
{
    private const string ChineseDigits = "一二三四五六七八九十百零〇";

    /// <summary>Where the typed number stands (after any leading white space) and how long it is; null when the item has none.</summary>
    public static (int Start, int Length)? Find(string text)
    {
        var start = 0;
        while (start < text.Length && IsSpace(text[start])) start++;
        var end = PrefixEnd(text, start);
        if (end <= start) return null;
        if (end < text.Length && text[end] is '、' or '．' or '.' && !(end + 1 < text.Length && IsDigit(text[end + 1]))) end++;
        return (start, end - start);
    }

    /// <summary>The item without its typed number and the white space around it; the text itself when it has none.</summary>
    public static string Strip(string text)
    {
        if (Find(text) is not var (start, length)) return text;
        var rest = start + length;
        while (rest < text.Length && IsSpace(text[rest])) rest++;
        return text[rest..];
    }

    /// <summary>The index just past a numbering prefix starting at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private static int PrefixEnd(string s, int i)
    {
        if (i >= s.Length) return i;
        var c = s[i];

        // ① … ⒇, ⒈ … ⒛, ❶ … ❿, ➀ … ➓
        if (c is >= '\u2460' and <= '\u249B' or >= '\u2776' and <= '\u2793') return i + 1;

        // （一） （1） (1)
        if (c is '（' or '(')
        {
            var inner = Run(s, i + 1, IsDigit, 3);
            if (inner == i + 1) inner = Run(s, i + 1, IsChineseDigit, 4);
            return inner > i + 1 && inner < s.Length && s[inner] is '）' or ')' ? inner + 1 : i;
        }

        // 目标1： (the 自评表 numbers goals "目标1：" itself)
        if (c == '目' && i + 1 < s.Length && s[i + 1] == '标')
        {
            var end = Run(s, i + 2, IsDigit, 3);
            if (end == i + 2) end = Run(s, i + 2, IsChineseDigit, 4);
            return end > i + 2 && end < s.Length && s[end] is '：' or ':' or '、' or '.' or '．' ? end + 1 : i;
        }

        // 第一， 第二、
        if (c == '第')
        {
            var end = Run(s, i + 1, IsChineseDigit, 4);
            return end > i + 1 && end < s.Length && s[end] is '，' or ',' or '、' or '：' or ':' ? end + 1 : i;
        }

        // 1、 1. 1． 1） 1)   — but not 1.5 (a decimal) or 2022年
        var digits = Run(s, i, IsDigit, 3);
        if (digits > i)
        {
            if (digits >= s.Length) return i;
            if (s[digits] is '、' or '）' or ')') return digits + 1;
            return s[digits] is '.' or '．' && !(digits + 1 < s.Length && IsDigit(s[digits + 1])) ? digits + 1 : i;
        }

        // 一、 十二、 一．
        var numerals = Run(s, i, IsChineseDigit, 4);
        return numerals > i && numerals < s.Length && s[numerals] is '、' or '．' ? numerals + 1 : i;
    }

    private static int Run(string s, int i, Func<char, bool> accept, int max)
    {
        var end = i;
        while (end < s.Length && end - i < max && accept(s[end])) end++;
        return end < s.Length && end - i == max && accept(s[end]) ? i : end;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static bool IsChineseDigit(char c) => ChineseDigits.Contains(c, StringComparison.Ordinal);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\n' or '\r';
}
