using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfReport.Scoring;

/// <summary>
/// Reads 年度指标值 and 实际完成值: an Arabic number with an optional unit and, in a target, an optional comparison
/// ("≥95%", "不超过107.49万元", "控制在100万元以内", "6场"). Words with no number are qualitative. Anything else that holds a
/// number — hedged ("约100%", "100%左右"), in Chinese numerals ("一百", "百分之九十"), with separators — is not guessed at.
/// </summary>
internal static partial class ValueParser
{
    /// <summary>The units understood, longest first so that "万元" wins over "元".</summary>
    public static IReadOnlyList<string> Units { get; } = ["万元", "人次", "%", "元", "场", "次", "人", "家", "个", "天", "月", "户", "项", "件", "篇", "期", "份", "名"];

    /// <summary>The forms understood, for messages.</summary>
    public const string UnderstoodForms =
        "可以写成阿拉伯数字加单位，如 100%、6场、107.49万元；指标值可带比较符号，如 ≥95%、≤107.49万元、=100%、不低于90%、不少于6场、" +
        "不超过100万元、控制在100万元以内、达到98%；单位可用 % 万元 元 场 次 人 家 个 天 月 户 项 件 篇 期 份 名 人次；" +
        "“约”“左右”等含糊写法和“一百”这类汉字数字不会被猜测；没有数字的文字按定性指标计分";

    private static readonly (string Word, Comparison Comparison)[] Prefixes =
    [
        ("大于等于", Comparison.AtLeast), ("小于等于", Comparison.AtMost), ("不低于", Comparison.AtLeast), ("不少于", Comparison.AtLeast),
        ("不小于", Comparison.AtLeast), ("不高于", Comparison.AtMost), ("不超过", Comparison.AtMost), ("不多于", Comparison.AtMost),
        ("不大于", Comparison.AtMost), ("控制在", Comparison.AtMost), ("达到", Comparison.AtLeast), ("大于", Comparison.Above),
        ("高于", Comparison.Above), ("超过", Comparison.Above), ("小于", Comparison.Below), ("低于", Comparison.Below),
        ("等于", Comparison.Equal), ("≥", Comparison.AtLeast), ("≤", Comparison.AtMost), (">", Comparison.Above),
        ("<", Comparison.Below), ("=", Comparison.Equal),
    ];

    private static readonly (string Word, Comparison Comparison)[] Suffixes =
    [
        ("及以上", Comparison.AtLeast), ("及以下", Comparison.AtMost), ("以上", Comparison.AtLeast), ("以内", Comparison.AtMost),
        ("以下", Comparison.AtMost), ("之内", Comparison.AtMost),
    ];

    /// <summary>Reads a target (comparisons allowed).</summary>
    public static ParsedValue ParseTarget(string text) => Parse(text, allowComparison: true);

    /// <summary>Reads an actual value (a plain figure; "达到98%" is accepted as 98%).</summary>
    public static ParsedValue ParseActual(string text) => Parse(text, allowComparison: false);

    private static ParsedValue Parse(string text, bool allowComparison)
    {
        var t = Normalize(text);
        if (!t.Any(char.IsAsciiDigit))
            return ChineseNumber().IsMatch(t) ? ParsedValue.Unreadable(text) : ParsedValue.Words(text);
        var comparison = Comparison.None;
        foreach (var (word, c) in Prefixes)
        {
            if (!t.StartsWith(word, StringComparison.Ordinal)) continue;
            comparison = c;
            t = t[word.Length..];
            break;
        }

        foreach (var (word, c) in Suffixes)
        {
            if (!t.EndsWith(word, StringComparison.Ordinal)) continue;
            if (comparison != Comparison.None && comparison != c) return ParsedValue.Unreadable(text);
            comparison = c;
            t = t[..^word.Length];
            break;
        }

        var m = Figure().Match(t);
        if (!m.Success) return ParsedValue.Unreadable(text);
        var unit = t[m.Length..];
        if (unit.Length > 0 && !Units.Contains(unit)) return ParsedValue.Unreadable(text);
        if (!decimal.TryParse(m.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return ParsedValue.Unreadable(text);
        if (!allowComparison && comparison != Comparison.None && !text.Contains("达到", StringComparison.Ordinal))
            return ParsedValue.Unreadable(text);
        if (!allowComparison) comparison = Comparison.None;
        return new ParsedValue(ValueForm.Quantity, text, new Quantity(value, unit, comparison));
    }

    /// <summary>Full-width digits and signs to ASCII, ≧/≦ and &gt;=/&lt;= to ≥/≤, white space removed.</summary>
    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            sb.Append(ch switch
            {
                >= '０' and <= '９' => (char)(ch - '０' + '0'),
                '％' => '%',
                '．' => '.',
                '＞' => '>',
                '＜' => '<',
                '＝' => '=',
                '－' => '-',
                '≧' => '≥',
                '≦' => '≤',
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

    /// <summary>A number in Chinese numerals, alone or with a unit or hedge: "一百", "百分之九十五", "约六场", "三次以上".</summary>
    [GeneratedRegex(@"^(约|大约|近|超|逾|不低于|不少于|不超过|达到|≥|≤)?(百分之)?[零〇一二两三四五六七八九十百千万亿点]+(%|万元|元|场|次|人|家|个|天|月|户|项|件|篇|期|份|名|人次)?(左右|以上|以内|以下|多|余)?$")]
    private static partial Regex ChineseNumber();
}
