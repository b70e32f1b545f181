using System.Globalization;
using System.Text.RegularExpressions;
using PerfReport.TestKit;
using PerfReport.Tests.TestKit;

namespace PerfReport.Tests.Rendering;

/// <summary>Every passage and figure of the published seed report is in the document built from samples/2022.yaml.</summary>
public partial class SeedInReportTests
{
    private static readonly string Seed = Repo.Read("..", "shared", "seed", "000_455491094229b3d7.txt");

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

    [Fact]
    public void Every_passage_of_the_seed_is_in_the_report()
    {
        var report = Report();
        var missing = Passages().Where(p => !report.Contains(p, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "missing from the report:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_figure_of_the_seed_is_in_the_report()
    {
        var inReport = Number().Matches(DocxText.Flatten(ReportBuildTests.BuildSample("2022.yaml"))).Select(m => Canonical(m.Value)).ToHashSet(StringComparer.Ordinal);
        var missing = Number().Matches(Seed).Select(m => Canonical(m.Value)).Where(n => !inReport.Contains(n)).Distinct().ToList();
        Assert.Empty(missing);
    }

    private static IEnumerable<string> Passages() =>
        Sentence().Split(Seed)
            .Select(p => ListNumber().Replace(Normalize(p), ""))
            .Select(p => Deviations.Aggregate(p, (text, d) => text.Replace(d.Key, d.Value, StringComparison.Ordinal)))
            .Where(p => Cjk().Count(p) >= 6);

    /// <summary>No white space, ASCII punctuation as its full-width form, every number in its shortest form (99.20 → 99.2).</summary>
    private static string Normalize(string text)
    {
        var t = Whitespace().Replace(text.Replace("↵", "", StringComparison.Ordinal), "").Replace(';', '；').Replace(',', '，');
        t = StyleTag().Replace(t, "");
        return Number().Replace(t, m => Canonical(m.Value));
    }

    private static string Canonical(string number) =>
        decimal.Parse(number, CultureInfo.InvariantCulture).ToString("0.############", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[。；！？\n]")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(（[一二三四五六七八九十]+）、?|[0-9]+、|（[0-9]+）、?|[一二三四五六七八九十]+、)")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex StyleTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Cjk();
}
