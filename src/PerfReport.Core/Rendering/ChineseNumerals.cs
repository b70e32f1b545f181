using System.Globalization;

namespace PerfReport.Rendering;

/// <summary>Chinese numerals for heading numbers: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int n)
    {
        if (n <= 0 || n >= 100) return n.ToString(CultureInfo.InvariantCulture);
        if (n < 10) return Digits[n].ToString();
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : Digits[tens].ToString()) + "十" + (ones == 0 ? "" : Digits[ones].ToString());
    }
}
