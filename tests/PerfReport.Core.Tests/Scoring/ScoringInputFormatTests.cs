using System.Text.Json;
using PerfReport.Binding;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Scoring;

public class ScoringInputFormatTests
{
    [Fact]
    public void Scoring_shape_equals_the_schema_definition()
    {
        using var schema = JsonDocument.Parse(Repo.Read("schema", "perfreport.schema.json"));
        var properties = schema.RootElement.GetProperty("definitions").GetProperty("scoring").GetProperty("properties");
        Assert.Equal(Shapes.All["scoring"].Keys.Order(StringComparer.Ordinal), properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var p in properties.EnumerateObject())
        {
            Assert.True(p.Value.TryGetProperty("title", out _), p.Name);
            Assert.True(p.Value.TryGetProperty("description", out _), p.Name);
        }
    }

    [Fact]
    public void Override_keys_bind_and_bad_choices_are_reported()
    {
        var result = Compilation.Validate(SourceText.From("t.yaml", """
            year: 2022
            department: { name: 某局 }
            scoring:
              negative_method: ratoi
              funds_method: stepped
            """), CompilationOptions.Default);
        Assert.Contains(result.Diagnostics, d => d.Id == "PR1009" && d.Span.Line == 4 && d.Message.Contains("ratio", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022-as-published.yaml", "")]
    [InlineData("2022.yaml", "")]
    [InlineData("minimal.yaml", "")]
    public void Samples_get_only_the_expected_scoring_diagnostics(string sample, string expected)
    {
        var result = Compilation.Validate(SourceText.From(sample, Repo.Read("samples", sample)), CompilationOptions.Default);
        var ids = string.Join(",", result.Diagnostics.Where(d => d.Id.StartsWith("PR41", StringComparison.Ordinal)).Select(d => d.Id));
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Scoring_runs_even_when_sums_are_wrong()
    {
        var yaml = Repo.Read("samples", "2022.yaml").Replace("  total: 107.49\n  sources:", "  total: 999\n  sources:", StringComparison.Ordinal);
        var result = Compilation.Validate(SourceText.From("x.yaml", yaml), CompilationOptions.Default);
        Assert.True(result.HasErrors);
        Assert.Equal(99m, result.ScoreSheet!.Total);
    }
}
