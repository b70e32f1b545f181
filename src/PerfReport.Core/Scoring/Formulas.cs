using PerfReport.Model;

namespace PerfReport.Scoring;

/// <summary>The quantitative formulas (domain R1.3–R1.5), capped to [0, weight] and rounded once.</summary>
internal static class Formulas
{
    /// <summary>The score of actual <paramref name="b"/> against target <paramref name="a"/> for weight <paramref name="w"/>, and its working.</summary>
    public static (decimal Score, string Working) Apply(ScoreKind kind, decimal a, decimal b, string unitA, string unitB, decimal w, NegativeMethod method)
    {
        var (A, B, ws) = (Quantity.Number(a) + unitA, Quantity.Number(b) + unitB, Numbers.Score(w));
        var label = ScoreNames.Label(kind);
        switch (kind)
        {
            case ScoreKind.Equal when a == 0:
                return b <= 0 ? (w, $"等于：指标值为 0，实际 {B} ≤ 0，得满分 {ws}") : (0, $"等于：指标值为 0，实际 {B} > 0，得 0");
            case ScoreKind.Positive or ScoreKind.Equal:
                if (b >= a) return (w, $"{label}：{B} ≥ {A}，得满分 {ws}");
                if (a == 0) return (0, $"{label}：指标值为 0，实际 {B} < 0，得 0");
                return Finish(b * w / a, $"{label}：{B} ÷ {A} × {ws}", w);
            case ScoreKind.Negative:
                if (b <= a) return (w, $"反向：{B} ≤ {A}，得满分 {ws}");
                if (a == 0) return (0, $"反向：指标值为 0，实际 {B} > 0，得 0");
                if (method == NegativeMethod.Ratio) return Finish(a * w / b, $"反向：{A} ÷ {B} × {ws}", w);
                if (b >= 2 * a) return (0, $"反向（偏离度法）：{B} ≥ 2 × {A}，得 0");
                return Finish(((2 * a) - b) * w / a, $"反向（偏离度法）：(1 − ({B} − {A}) ÷ {A}) × {ws}", w);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a quantitative kind");
        }
    }

    // Every formula multiplies before it divides: decimal keeps 28 digits, so b ÷ a × w would round the quotient first
    // (5 ÷ 24 × 15 = 3.12499…) and an exact .xx5 would then round down instead of half up (3.125 → 3.13).

    /// <summary>Caps a formula's raw score to [0, weight], rounds it once, and appends "= score" to its working.</summary>
    private static (decimal Score, string Working) Finish(decimal raw, string formula, decimal w)
    {
        var score = Numbers.Round2(Math.Clamp(raw, 0, Math.Max(w, 0)));
        var note = raw < 0 ? "，不足 0 按 0 计" : "";
        return (score, $"{formula} = {Numbers.Score(score)}{note}");
    }
}
