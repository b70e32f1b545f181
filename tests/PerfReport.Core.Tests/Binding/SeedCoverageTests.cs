using System.Text.RegularExpressions;
using PerfReport.TestKit;

namespace PerfReport.Tests.Binding;

/// <summary>Everything the published seed report says is held by samples/2022-as-published.yaml, or is the templates' job.</summary>
public partial class SeedCoverageTests
{
    private static readonly string Seed = Repo.Read("..", "shared", "seed", "000_455491094229b3d7.txt");
    private static readonly string Sample = Normalize(Repo.Read("samples", "2022-as-published.yaml"));

    private static readonly string[] TemplateFrames = File.ReadAllLines(Path.Combine(Repo.Root, "tests", "PerfReport.Core.Tests", "Binding", "seed-template-frames.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    [Fact]
    public void Every_figure_of_the_seed_is_in_the_sample()
    {
        var inSample = Number().Matches(Sample).Select(m => decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

        // 2021 is the prior year of the 附表1 column headers: the templates print year − 1.
        var derived = new HashSet<decimal> { 2021m };
        var missing = Number().Matches(Seed)
            .Select(m => decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Where(n => !inSample.Contains(n) && !derived.Contains(n))
            .Distinct()
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_passage_of_the_seed_is_in_the_sample_or_is_template_wording()
    {
        var missing = Passages().Where(p => !Sample.Contains(p, StringComparison.Ordinal) && !TemplateFrames.Contains(p)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Template_wording_list_has_no_stale_lines()
    {
        var passages = Passages().ToHashSet(StringComparer.Ordinal);
        Assert.All(TemplateFrames, line => Assert.Contains(line, passages));
        Assert.All(TemplateFrames, line => Assert.DoesNotContain(line, Sample, StringComparison.Ordinal));
    }

    /// <summary>The seed's sentences with at least 6 Chinese characters, white space and leading list numbers removed.</summary>
    private static IEnumerable<string> Passages() =>
        Sentence().Split(Seed)
            .Select(p => ListNumber().Replace(Normalize(p), ""))
            .Where(p => Cjk().Count(p) >= 6);

    private static string Normalize(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"[。；！？\n]")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(（[一二三四五六七八九十]+）、?|[0-9]+、|（[0-9]+）、?|[一二三四五六七八九十]+、)")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Cjk();
}
