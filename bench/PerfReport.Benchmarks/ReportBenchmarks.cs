using System.Globalization;
using BenchmarkDotNet.Attributes;
using PerfReport.Diagnostics;
using PerfReport.Text;

namespace PerfReport.Benchmarks;

/// <summary>
/// The Core pipeline in process, on the sample report and on generated larger ones (see <see cref="LargeReport"/>).
/// Reading the file is not measured; Validate is YAML → model → score → rules, Build adds templates and the .docx.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReportBenchmarks
{
    /// <summary>samples/2022.yaml as it is (3 projects in the 正文, 5 专项 rows, 15 三级指标).</summary>
    public const string Sample = "2022.yaml";

    /// <summary>The large report: 50 projects, 200 三级指标 (<c>gen-050p-200i</c>); also what <c>generate</c> writes by default.</summary>
    public const int LargeProjects = 50;

    /// <summary>See <see cref="LargeProjects"/>.</summary>
    public const int LargeIndicators = 200;

    private SourceText source = SourceText.From("unset", "");

    // A fixed timestamp, as the CLI uses with SOURCE_DATE_EPOCH, so every run writes the same bytes.
    private readonly CompilationOptions options = new() { Timestamp = new DateTimeOffset(2023, 3, 31, 0, 0, 0, TimeSpan.Zero) };

    // The same, with the shipped Word template (samples/templates/自评表-指标性质.docx) as the whole report, as
    // `build --template` does; loaded once, as a batch loads it once.
    private CompilationOptions wordOptions = CompilationOptions.Default;

    /// <summary>The sample, or <c>gen-{projects}p-{indicators}i</c>: generated from the sample at that size (zero-padded so the table sorts by size).</summary>
    [Params(Sample, "gen-010p-040i", "gen-050p-200i", "gen-100p-400i")]
    public string Input { get; set; } = Sample;

    [GlobalSetup]
    public void Setup()
    {
        source = Load(Input);
        var template = Rendering.WordTemplates.WordTemplate.Load(WordTemplateFile, File.ReadAllBytes(Repository.PathOf(WordTemplateFile)));
        wordOptions = options with { WordTemplate = template };
        foreach (var (name, built) in new[] { ("default", options), ("word template", wordOptions) })
        {
            var result = Compilation.Build(source, built);
            if (result.HasErrors || result.Docx is null)
            {
                var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Id} {d.Message}");
                throw new InvalidOperationException($"{Input} does not build ({name}): {string.Join("; ", errors)}");
            }
        }
    }

    /// <summary>The Word template of <see cref="BuildWithWordTemplate"/>.</summary>
    public const string WordTemplateFile = "samples/templates/自评表-指标性质.docx";

    [Benchmark]
    public int Validate() => Compilation.Validate(source, options).Diagnostics.Count;

    [Benchmark]
    public int Build() => Compilation.Build(source, options).Docx!.Length;

    /// <summary>Build with a user's Word template (<c>build --template</c>); issue 14 bounds it at 2× <see cref="Build"/>.</summary>
    [Benchmark]
    public int BuildWithWordTemplate() => Compilation.Build(source, wordOptions).Docx!.Length;

    private static SourceText Load(string input)
    {
        var sample = File.ReadAllText(Repository.PathOf("samples/2022.yaml"));
        if (input == Sample) return SourceText.From("samples/2022.yaml", sample);
        var size = input.Split('-');
        if (size.Length != 3 || size[0] != "gen" || !size[1].EndsWith('p') || !size[2].EndsWith('i'))
            throw new ArgumentOutOfRangeException(nameof(input), input, "expected 2022.yaml or gen-{projects}p-{indicators}i");
        var projects = int.Parse(size[1][..^1], CultureInfo.InvariantCulture);
        var indicators = int.Parse(size[2][..^1], CultureInfo.InvariantCulture);
        return SourceText.From(input + ".yaml", LargeReport.Generate(sample, projects, indicators));
    }
}
