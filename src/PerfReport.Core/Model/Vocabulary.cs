using PerfReport.Scoring;

namespace PerfReport.Model;

/// <summary>An indicator kind: the model's value, the scorer's, the YAML code and the Chinese word (both accepted as input).</summary>
internal sealed record KindTerm(IndicatorKind Kind, ScoreKind Score, string Code, string Label);

/// <summary>A qualitative grade: the model's value, the YAML code and the Chinese word (both accepted as input).</summary>
internal sealed record GradeTerm(QualitativeGrade Grade, string Code, string Label);

/// <summary>
/// The words of the 自评表, each list in one place: the binder reads its choices from here, the scorer and the
/// messages their names. The schema's <c>enum</c> lists the same codes (a test keeps them equal).
/// </summary>
internal static class Vocabulary
{
    /// <summary>正向 / 反向 / 等于 / 定性.</summary>
    public static IReadOnlyList<KindTerm> Kinds { get; } =
    [
        new(IndicatorKind.Positive, ScoreKind.Positive, "positive", "正向"),
        new(IndicatorKind.Negative, ScoreKind.Negative, "negative", "反向"),
        new(IndicatorKind.Equal, ScoreKind.Equal, "equal", "等于"),
        new(IndicatorKind.Qualitative, ScoreKind.Qualitative, "qualitative", "定性"),
    ];

    /// <summary>达成 / 部分达成 / 未达成, highest first.</summary>
    public static IReadOnlyList<GradeTerm> Grades { get; } =
    [
        new(QualitativeGrade.Achieved, "achieved", "达成"),
        new(QualitativeGrade.Partial, "partial", "部分达成"),
        new(QualitativeGrade.NotAchieved, "not_achieved", "未达成"),
    ];

    /// <summary>The 自评表's 评价等级, highest first.</summary>
    public static IReadOnlyList<string> TotalGrades { get; } = ["优", "良", "中", "差"];

    public static KindTerm Of(IndicatorKind kind) => Kinds.First(t => t.Kind == kind);

    public static KindTerm Of(ScoreKind kind) => Kinds.First(t => t.Score == kind);

    public static GradeTerm Of(QualitativeGrade grade) => Grades.First(t => t.Grade == grade);
}
