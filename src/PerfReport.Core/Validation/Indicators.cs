using PerfReport.Model;

namespace PerfReport.Validation;

/// <summary>Walks the 自评表 indicators with their 一级 and 二级.</summary>
internal static class Indicators
{
    public static IEnumerable<(IndicatorGroup Group, IndicatorCategory Category, Indicator Indicator)> All(Evaluation m) =>
        from g in m.SelfEvaluation?.Indicators ?? []
        from c in g.Categories
        from i in c.Indicators
        select (g, c, i);

    /// <summary>Text without white space, for comparing what two cells say.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
}
