using PerfReport.Diagnostics;
using PerfReport.TestKit;

namespace PerfReport.Tests.Security;

/// <summary>Amounts at the edges of decimal: refused by the binder or handled; no rule throws.</summary>
public class ExtremeNumberTests
{
    [Theory]
    [InlineData("1e-25")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e400")]
    public void An_extreme_amount_anywhere_gives_diagnostics_not_an_internal_error(string amount)
    {
        var sample = Repo.Read("samples", "2022.yaml");
        var lines = sample.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 || !decimal.TryParse(lines[i][(colon + 2)..].Split('#')[0].Trim().TrimEnd('%'), out _)) continue;
            var copy = (string[])lines.Clone();
            copy[i] = lines[i][..(colon + 2)] + amount;
            var result = Compilation.Build(Text.SourceText.From("x.yaml", string.Join('\n', copy)), CompilationOptions.Default);
            var internalErrors = result.Diagnostics.Where(d => d.Id == DiagnosticDescriptors.InternalError.Id).ToList();
            Assert.True(internalErrors.Count == 0, $"line {i + 1}: {Yaml.Show(internalErrors)}");
        }
    }
}
