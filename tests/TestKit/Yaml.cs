using PerfReport.Diagnostics;
using PerfReport.Text;

namespace PerfReport.TestKit;

/// <summary>Runs the pipeline over YAML text written in a test.</summary>
internal static class Yaml
{
    public static CompilationResult Check(string yaml, string path = "t.yaml") =>
        Compilation.Validate(SourceText.From(path, yaml), CompilationOptions.Default);

    public static CompilationResult CheckSample(string name) =>
        Compilation.Validate(SourceText.From("samples/" + name, Repo.Read("samples", name)), CompilationOptions.Default);

    /// <summary>PR1013–PR1015: the report lacks a part, a figure or an indicator weight (fragments written in tests mostly do).</summary>
    public static bool IsCompleteness(Diagnostic d) => d.Id is "PR1013" or "PR1014" or "PR1015";

    public static string Show(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"({d.Span.Line},{d.Span.Column}) {d.Severity} {d.Id}: {d.Message}"));
}
