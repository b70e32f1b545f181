using PerfReport.TestKit;

namespace PerfReport.Tests.Binding;

/// <summary>Everything the published seed report says is held by samples/2022-as-published.yaml, or is the templates' job.</summary>
public class SeedCoverageTests
{
    private static readonly string Sample = Seed.RemoveWhitespace(Repo.Read("samples", "2022-as-published.yaml"));

    private static readonly string[] TemplateFrames = File.ReadAllLines(Path.Combine(Repo.Root, "tests", "PerfReport.Core.Tests", "Binding", "seed-template-frames.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    [SkippableFact]
    public void Every_figure_of_the_seed_is_in_the_sample()
    {
        var inSample = Seed.Numbers(Sample).ToHashSet();

        // 2021 is the prior year of the 附表1 column headers: the templates print year − 1.
        var derived = new HashSet<decimal> { 2021m };
        Assert.Empty(Seed.Numbers(Seed.Text).Where(n => !inSample.Contains(n) && !derived.Contains(n)).Distinct());
    }

    [SkippableFact]
    public void Every_passage_of_the_seed_is_in_the_sample_or_is_template_wording()
    {
        var missing = Seed.Passages(Seed.RemoveWhitespace).Where(p => !Sample.Contains(p, StringComparison.Ordinal) && !TemplateFrames.Contains(p)).ToList();
        Assert.Empty(missing);
    }

    [SkippableFact]
    public void Template_wording_list_has_no_stale_lines()
    {
        var passages = Seed.Passages(Seed.RemoveWhitespace).ToHashSet(StringComparer.Ordinal);
        Assert.All(TemplateFrames, line => Assert.Contains(line, passages));
        Assert.All(TemplateFrames, line => Assert.DoesNotContain(line, Sample, StringComparison.Ordinal));
    }
}
