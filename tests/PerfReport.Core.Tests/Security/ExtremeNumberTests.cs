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

    [Fact]
    public void A_rule_whose_arithmetic_overflows_on_the_data_reports_PR1012_naming_the_rule()
    {
        var yaml = "income:\n  sources:\n    - name: 一般公共预算财政拨款收入\n      amount: 0.0000000000000000000000000001\n      breakdown:\n        - { name: 一般公共服务支出, amount: 83.16, share: 81.14% }\n";
        var result = Yaml.Check(yaml);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticDescriptors.InternalError.Id);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "PR1012" && d.Message.Contains("PR3001", StringComparison.Ordinal));
        Assert.Equal("计算“占比与金额不符”（PR3001）时数值溢出，请检查有关数字是否写错（例如多写了零，或小数点位置不对）", d.Message);
        Assert.Equal((1, 1), (d.Span.Line, d.Span.Column));
    }
}
