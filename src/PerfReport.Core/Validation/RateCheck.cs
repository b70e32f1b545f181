using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Validation;

/// <summary>Compares a stated rate with part ÷ whole. A zero whole is left to the zero-base rule (PR3003).</summary>
internal static class RateCheck
{
    /// <summary>
    /// Reports under the current rule when the stated rate does not match. Message arguments: {0} stated, {1} part,
    /// {2} whole, {3} computed, {4} difference in points, {5} tolerance, {6} <paramref name="subject"/> (what the rate is of).
    /// </summary>
    public static void Run(ValidationContext context, Located<decimal>? stated, decimal? part, decimal? whole, Func<decimal, string> showFigure, string subject = "")
    {
        if (stated is null || part is not { } p || whole is not { } w || Numbers.PercentOf(p, w) is not { } computed) return;
        if (context.ShareMatches(stated.Value, computed)) return;
        context.Report(stated, Numbers.PercentAsWritten(stated.Value), showFigure(p), showFigure(w), Numbers.Percent(computed),
            Numbers.Points(stated.Value - Numbers.Round2(computed)), ValidationContext.ToleranceText(context.ShareTolerance), subject);
    }

    public static string Money(decimal value) => Numbers.Money(value);

    public static string Count(decimal value) => Numbers.Score(value);
}
