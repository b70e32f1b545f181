using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfReport.Scoring;

/// <summary>
/// Reads 年度指标值 and 实际完成值: an Arabic number followed by any unit text and, in a target, an optional comparison
/// ("≥95%", "不超过107.49万元", "控制在100万元以内", "6场", "12个工作日", "≤0起"); a zero written as a word ("零", "0起", "无").
/// Words with no number are qualitative. Anything else that holds a number — hedged ("约100%", "100%左右", "10余场"), in
/// Chinese numerals ("一百", "百分之九十"), with separators ("1,000元") — is not guessed at.
/// </summary>
internal static partial class ValueParser
{
    /// <summary>The forms understood, for messages.</summary>
    public const string UnderstoodForms =
        "可以写成阿拉伯数字加单位，如 100%、6场、107.49万元、12个工作日、50元/亩（单位不限）；指标值可带比较，如 ≥95%、≤0起、=100%、" +
        "不低于90%、不少于6场、不超过100万元、不高于5%、控制在100万元以内、达到98%、6场以上；目标为零可写 0起、零、无；" +
        "“约”“左右”“余”“多”等含糊写法、“一百”这类汉字数字和带千分位逗号的数字不会被猜测；没有数字的文字按定性指标计分";

    private static readonly (string Word, Comparison Comparison)[] Prefixes =
    [
        ("大于或等于", Comparison.AtLeast), ("小于或等于", Comparison.AtMost), ("大于等于", Comparison.AtLeast), ("小于等于", Comparison.AtMost),
        ("不低于", Comparison.AtLeast), ("不少于", Comparison.AtLeast), ("不小于", Comparison.AtLeast), ("不高于", Comparison.AtMost),
        ("不超过", Comparison.AtMost), ("不多于", Comparison.AtMost), ("不大于", Comparison.AtMost), ("控制在", Comparison.AtMost),
        ("至少", Comparison.AtLeast), ("最少", Comparison.AtLeast), ("至多", Comparison.AtMost), ("最多", Comparison.AtMost),
        ("达到", Comparison.AtLeast), ("大于", Comparison.Above), ("高于", Comparison.Above), ("超过", Comparison.Above),
        ("多于", Comparison.Above), ("小于", Comparison.Below), ("低于", Comparison.Below), ("少于", Comparison.Below),
        ("等于", Comparison.Equal), ("≥", Comparison.AtLeast), ("≤", Comparison.AtMost), (">", Comparison.Above),
        ("<", Comparison.Below), ("=", Comparison.Equal),
    ];

    /// <summary>Words before a figure that say nothing about the comparison ("完成100%", "实现6场").</summary>
    private static readonly string[] NeutralPrefixes = ["完成", "实现", "累计", "共计", "共"];

    private static readonly (string Word, Comparison Comparison)[] Suffixes =
    [
        ("及以上", Comparison.AtLeast), ("及以下", Comparison.AtMost), ("或以上", Comparison.AtLeast), ("或以下", Comparison.AtMost),
        ("以上", Comparison.AtLeast), ("以内", Comparison.AtMost), ("以下", Comparison.AtMost), ("之内", Comparison.AtMost),
        ("内", Comparison.AtMost),
    ];

    /// <summary>Words that hedge a figure; a unit holding one is not read ("100%左右", "10余场", "100多人").</summary>
    private static readonly string[] Hedges = ["左右", "上下", "余", "多", "约", "近", "许", "几"];

    /// <summary>Words that make the text after a figure a statement, not a unit ("100%完成", "6场以上活动").</summary>
    private static readonly string[] StatementWords = ["完成", "实现", "达到", "达成", "提高", "提升", "增长", "下降", "减少", "降低", "以上", "以下", "以内"];

    /// <summary>Whole values that mean zero ("无" in a 反向 target such as 安全事故).</summary>
    private static readonly string[] ZeroWords = ["零", "〇", "无", "没有", "未发生"];

    /// <summary>Words that make the text after a figure a date or deadline, not a unit ("12月底前", "2022年度").</summary>
    private static readonly string[] DateWords = ["底", "前", "末", "初", "旬", "年度", "月份"];

    /// <summary>The longest unit text read after a figure ("个工作日", "元/人·年").</summary>
    private const int MaxUnitLength = 6;

    /// <summary>Reads a target (comparisons allowed).</summary>
    public static ParsedValue ParseTarget(string text) => Parse(text, allowComparison: true);

    /// <summary>Reads an actual value (a plain figure; "达到98%", "完成98%" are accepted as 98%).</summary>
    public static ParsedValue ParseActual(string text) => Parse(text, allowComparison: false);

    private static ParsedValue Parse(string text, bool allowComparison)
    {
        var t = Normalize(text);
        var comparison = Comparison.None;
        var prefixWord = "";
        foreach (var (word, c) in Prefixes)
        {
            if (!t.StartsWith(word, StringComparison.Ordinal)) continue;
            comparison = c;
            prefixWord = word;
            t = t[word.Length..];
            break;
        }

        if (comparison == Comparison.None)
        {
            foreach (var word in NeutralPrefixes)
            {
                if (!t.StartsWith(word, StringComparison.Ordinal) || t.Length == word.Length || !char.IsAsciiDigit(t[word.Length])) continue;
                t = t[word.Length..];
                break;
            }
        }

        if (t.Length > 2 && t.EndsWith("完成", StringComparison.Ordinal) && !t.EndsWith("未完成", StringComparison.Ordinal)) t = t[..^2]; // "100%完成"

        foreach (var (word, c) in Suffixes)
        {
            if (!t.EndsWith(word, StringComparison.Ordinal) || t.Length == word.Length) continue;
            if (comparison != Comparison.None && comparison != c) return ParsedValue.Unreadable(text);
            comparison = c;
            t = t[..^word.Length];
            break;
        }

        if (!allowComparison && comparison != Comparison.None && prefixWord != "达到") return Unreadable(text);
        if (!allowComparison) comparison = Comparison.None;

        if (Zero(t) is { } zeroUnit) return new ParsedValue(ValueForm.Quantity, text, new Quantity(0, zeroUnit, comparison));
        if (!t.Any(char.IsAsciiDigit)) return Unreadable(text);

        var m = Figure().Match(t);
        if (!m.Success) return ParsedValue.Unreadable(text);
        var unit = t[m.Length..];
        if (!IsUnit(unit) || DateWords.Any(d => unit.Contains(d, StringComparison.Ordinal))) return ParsedValue.Unreadable(text);
        if (!decimal.TryParse(m.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return ParsedValue.Unreadable(text);
        if (unit.StartsWith('年') && m.Value.Length == 4 && value is >= 1900 and <= 2100) return ParsedValue.Unreadable(text); // "2022年": a year
        return new ParsedValue(ValueForm.Quantity, text, new Quantity(value, unit, comparison));
    }

    /// <summary>No Arabic digit: a number in Chinese numerals is not guessed at; other words are qualitative.</summary>
    private static ParsedValue Unreadable(string text)
    {
        var t = Normalize(text);
        if (t.Any(char.IsAsciiDigit)) return ParsedValue.Unreadable(text);
        return ChineseNumber().IsMatch(t) ? ParsedValue.Unreadable(text) : ParsedValue.Words(text);
    }

    /// <summary>The unit of a zero written as a word ("零", "零起", "无"), or null when the text is not one.</summary>
    private static string? Zero(string t)
    {
        if (ZeroWords.Contains(t)) return "";
        if (t.Length > 1 && t[0] is '零' or '〇' && IsUnit(t[1..]) && !t[1..].Any(IsChineseDigit)) return t[1..];
        return null;
    }

    /// <summary>
    /// Unit text after a figure: any short text with no digit, no hedge, no sentence punctuation. No list of known
    /// units: "个", "人次", "万亩", "元/亩", "个工作日", "小时" are all units; "1,000元", "10余场", "2022年1月" are not read.
    /// </summary>
    private static bool IsUnit(string unit)
    {
        if (unit.Length == 0) return true;
        if (unit.Length > MaxUnitLength) return false;
        if (Hedges.Concat(StatementWords).Any(h => unit.Contains(h, StringComparison.Ordinal))) return false;
        foreach (var ch in unit)
        {
            if (char.IsAsciiDigit(ch) || IsChineseDigit(ch)) return false;
            if (ch is '/' or '·' or '・' or '%' or '‰' or '²' or '³' or '℃') continue;
            if (char.IsPunctuation(ch) || char.IsSymbol(ch) || char.IsControl(ch)) return false;
        }

        return true;
    }

    private static bool IsChineseDigit(char ch) => "零〇一二两三四五六七八九".Contains(ch, StringComparison.Ordinal);

    /// <summary>
    /// Width folded (full-width digits, letters and signs to ASCII, "％" to "%"), ≧/≦ and &gt;=/&lt;= to ≥/≤, white space
    /// removed. Units are compared in this form.
    /// </summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            sb.Append(ch switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                '≧' => '≥',
                '≦' => '≤',
                '﹪' => '%',
                _ => ch,
            });
        }

        return sb.ToString()
            .Replace(">=", "≥", StringComparison.Ordinal)
            .Replace("<=", "≤", StringComparison.Ordinal)
            .Replace("≥=", "≥", StringComparison.Ordinal)
            .Replace("≤=", "≤", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?")]
    private static partial Regex Figure();

    /// <summary>A number in Chinese numerals, alone or with a short unit or hedge: "一百", "百分之九十五", "约六场", "三次以上", "十余场".</summary>
    [GeneratedRegex(@"^(约|大约|近|超|逾|不低于|不少于|不超过|达到|≥|≤)?(百分之)?[零〇一二两三四五六七八九十百千万亿点]+(余|多)?(%|万元|亿元|元|场次|场|批次|次|人次|万人|人|家|个工作日|个|天|小时|月|万户|户|项|件|篇|期|份|名|台|起|万亩|亩|万吨|吨)?(左右|以上|以内|以下|多|余)?$")]
    private static partial Regex ChineseNumber();
}
