using System.Globalization;

namespace PerfReport.Model;

/// <summary>The one place where figures are rounded, parsed and formatted. ROUND_HALF_UP to 2 places.</summary>
internal static class Numbers
{
    /// <summary>Rounds half away from zero (ROUND_HALF_UP for the non-negative figures of a report) to 2 places.</summary>
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>An amount as the report prints it: rounded to 2 decimals, no separators ("99.20").</summary>
    public static string ReportMoney(decimal value) => Round2(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount in a message, at its own precision: at least 2 decimals, more when it has more ("99.20", "107.495",
    /// "0.004"), so that a difference of amounts written with 3 decimals is never shown as "差 0.00".
    /// </summary>
    public static string Money(decimal value) => value.ToString("0.00##########################", CultureInfo.InvariantCulture);

    /// <summary>A percentage value (81.14 for 81.14 %) printed with 2 decimals and a percent sign.</summary>
    public static string Percent(decimal percentValue) => Round2(percentValue).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>A score as computed, with trailing zeros dropped ("10", "9.5", "6.67").</summary>
    public static string Score(decimal value) => Round2(value).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A percentage as the file wrote it, never rounded: at least 2 decimals ("81.14%", "80.00%", "81.151%"), so that a
    /// message about a stated share shows the figure that was compared.
    /// </summary>
    public static string PercentAsWritten(decimal percentValue) => percentValue.ToString("0.00##########", CultureInfo.InvariantCulture) + "%";

    /// <summary>A difference or tolerance in percentage points, never rounded, trailing zeros dropped ("0.27", "-10", "0.011").</summary>
    public static string Points(decimal points) => points.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>part ÷ whole × 100, unrounded; null when the whole is zero (a ratio of nothing is undefined, not 0%).</summary>
    public static decimal? PercentOf(decimal part, decimal whole) => whole == 0 ? null : part * 100m / whole;

    /// <summary>Parses "81.14%" (also with a full-width percent sign) into 81.14.</summary>
    public static bool TryParsePercent(string text, out decimal value)
    {
        value = 0;
        var t = text.Trim();
        if (!(t.EndsWith('%') || t.EndsWith('％'))) return false;
        return decimal.TryParse(
            t[..^1].Trim(),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out value);
    }
}
