using PerfReport.Rendering;
using PerfReport.Rendering.Docx;
using PerfReport.Scoring;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>
/// What a batch builds once per process (manifest, built-in profiles, the reference's shared parts) must give
/// every report the same result as reading it afresh: the findings are replayed into each report, not lost after
/// the first.
/// </summary>
public sealed class BatchCacheTests
{
    private static readonly string Minimal = Repo.Read("samples", "minimal.yaml");

    [Fact]
    public void A_manifest_finding_is_reported_for_every_report_of_a_batch_at_the_manifest_line()
    {
        var files = TemplateSet.Default.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        files[ReportManifest.FileName] = files[ReportManifest.FileName].Replace("sections/10-other.sbn", "sections/nope.sbn", StringComparison.Ordinal);
        var options = CompilationOptions.Default with { Templates = TemplateSet.FromFiles("my-templates", files) };
        var line = files[ReportManifest.FileName].Split('\n').ToList().FindIndex(l => l.Contains("sections/nope.sbn", StringComparison.Ordinal)) + 1;

        var findings = Enumerable.Range(0, 3)
            .Select(i => Compilation.Build(SourceText.From($"r{i}.yaml", Minimal), options).Diagnostics.Where(d => d.FilePath == "my-templates/report.yaml").ToList())
            .ToList();
        Assert.All(findings, f => Assert.Equal(line, Assert.Single(f).Span.Line));
        Assert.Equal("PR9201", findings[0][0].Id);
        Assert.Contains("sections/nope.sbn", findings[0][0].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(findings[0][0].Message, f[0].Message));
    }

    [Fact]
    public void A_built_in_profile_is_read_once_and_its_problems_are_given_to_every_caller()
    {
        var first = new List<ProfileProblem>();
        var second = new List<ProfileProblem>();
        var a = BuiltInProfiles.Load(BuiltInProfiles.Names[0], first);
        var b = BuiltInProfiles.Load(BuiltInProfiles.Names[0], second);
        Assert.NotNull(a);
        Assert.Same(a, b);
        Assert.Equal(first, second);
        Assert.Null(BuiltInProfiles.Load("no-such-profile", second));
    }

    [Fact]
    public void The_reference_parts_are_serialized_once_per_reference_and_every_build_is_the_same()
    {
        var reference = ReferenceDocument.LoadDefault();
        Assert.Same(reference.FixedParts, reference.FixedParts);
        var loaded = ReferenceDocument.Load(ReferenceDocument.ExportDefault());
        Assert.NotSame(reference.FixedParts, loaded.FixedParts);
        Assert.Equal(reference.FixedParts.Parts.Select(p => (p.Name, p.RelationshipId, p.Data.Length)), loaded.FixedParts.Parts.Select(p => (p.Name, p.RelationshipId, p.Data.Length)));

        var results = Enumerable.Range(0, 3).AsParallel().Select(_ => Compilation.Build(SourceText.From("minimal.yaml", Minimal), CompilationOptions.Default).Docx!).ToList();
        Assert.All(results, r => Assert.Equal(results[0], r));
    }
}
