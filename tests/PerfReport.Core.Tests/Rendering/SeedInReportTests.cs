using System.Text.RegularExpressions;
using PerfReport.TestKit;
using PerfReport.Tests.TestKit;

namespace PerfReport.Tests.Rendering;

/// <summary>Every passage and figure of the published seed report is in the document built from samples/2022.yaml.</summary>
public partial class SeedInReportTests
{
    /// <summary>
    /// Deliberate differences, each reviewed: the seed's form on the left, what the report prints instead on the right.
    /// Amounts are printed with 2 decimals and "万元" (the seed once wrote "0.9万"); 专项 labels follow the
    /// GB/T-style "专项1：" instead of the seed's mixed "专项:1、" / "专项3、".
    /// </summary>
    private static readonly Dictionary<string, string> Deviations = new(StringComparer.Ordinal)
    {
        ["三小生活困难补助0.9万，"] = "三小生活困难补助0.9万元，",
        ["专项:1、"] = "专项1：",
        ["专项:2、"] = "专项2：",
        ["专项3、"] = "专项3：",
        ["专项4、"] = "专项4：",
        ["专项5、"] = "专项5：",
    };

    private static string Report() => Normalize(DocxText.Flatten(ReportBuildTests.BuildSample("2022.yaml")));

    [SkippableFact]
    public void Every_passage_of_the_seed_is_in_the_report()
    {
        var report = Report();
        var missing = Seed.Passages(Normalize)
            .Select(p => Deviations.Aggregate(p, (text, d) => text.Replace(d.Key, d.Value, StringComparison.Ordinal)))
            .Where(p => !report.Contains(p, StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "missing from the report:\n" + string.Join("\n", missing));
    }

    [SkippableFact]
    public void Every_figure_of_the_seed_is_in_the_report()
    {
        var inReport = Seed.Numbers(DocxText.Flatten(ReportBuildTests.BuildSample("2022.yaml"))).ToHashSet();
        Assert.Empty(Seed.Numbers(Seed.Text).Where(n => !inReport.Contains(n)).Distinct());
    }

    /// <summary>No white space or style tags, ASCII punctuation as its full-width form, numbers in their shortest form.</summary>
    private static string Normalize(string text) =>
        Seed.CanonicalNumbers(StyleTag().Replace(Seed.RemoveWhitespace(text.Replace("↵", "", StringComparison.Ordinal)), "").Replace(';', '；').Replace(',', '，'));

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex StyleTag();
}
