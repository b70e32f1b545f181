using PerfReport.Scoring;

namespace PerfReport.Tests.Scoring;

/// <summary>Scores whose exact value ends in 5 at the third decimal round half up, whatever order the formula divides in.</summary>
public class ExactHalfRoundingTests
{
    [Theory]
    [InlineData(24, 5, 15, 3.13)]      // 5 ÷ 24 × 15 = 3.125 exactly
    [InlineData(12, 1, 4.5, 0.38)]     // 1 ÷ 12 × 4.5 = 0.375
    [InlineData(8, 1, 1, 0.13)]        // 0.125
    [InlineData(40, 1, 1, 0.03)]       // 0.025
    public void Positive_formula_rounds_an_exact_half_up(decimal target, decimal actual, decimal weight, decimal expected)
    {
        var (score, _) = Formulas.Apply(ScoreKind.Positive, target, actual, "场", "场", weight, NegativeMethod.Ratio);
        Assert.Equal(expected, score);
    }

    [Theory]
    [InlineData(5, 24, 15, NegativeMethod.Ratio, 3.13)]     // 5 ÷ 24 × 15 = 3.125
    [InlineData(8, 15, 10, NegativeMethod.Deviation, 1.25)] // (1 − 7 ÷ 8) × 10 = 1.25
    [InlineData(24, 43, 15, NegativeMethod.Deviation, 3.13)] // (48 − 43) × 15 ÷ 24 = 3.125
    public void Negative_formulas_round_an_exact_half_up(decimal target, decimal actual, decimal weight, NegativeMethod method, decimal expected)
    {
        var (score, _) = Formulas.Apply(ScoreKind.Negative, target, actual, "万元", "万元", weight, method);
        Assert.Equal(expected, score);
    }

    [Fact]
    public void Funds_score_rounds_an_exact_half_up()
    {
        var result = PerfReport.Compilation.Validate(PerfReport.Text.SourceText.From("f.yaml", """
            year: 2022
            department: { name: 某局 }
            self_evaluation:
              funds: { full_year_budget: 24.00, executed: 5.00, weight: 15 }
            """), PerfReport.CompilationOptions.Default);
        Assert.Equal(3.13m, result.ScoreSheet!.Funds!.Score);
    }
}
