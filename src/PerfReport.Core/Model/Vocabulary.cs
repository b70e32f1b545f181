using PerfReport.Scoring;

namespace PerfReport.Model;

/// <summary>An indicator kind: the model's value, the scorer's, the YAML code and the Chinese word (both accepted as input).</summary>
internal sealed record KindTerm(IndicatorKind Kind, ScoreKind Score, string Code, string Label, string Description);

/// <summary>A qualitative grade: the model's value, the YAML code and the Chinese word (both accepted as input).</summary>
internal sealed record GradeTerm(QualitativeGrade Grade, string Code, string Label, string Description);

/// <summary>An income nature: the model's value, the YAML code and the Chinese word (both accepted as input).</summary>
internal sealed record NatureTerm(IncomeNature Nature, string Code, string Label, string Description);

/// <summary>A choice of a scoring setting: its value, the YAML code and the Chinese word (both accepted as input).</summary>
internal sealed record MethodTerm<T>(T Method, string Code, string Label, string Description);

/// <summary>One value a choice field accepts, with what it means (the schema's <c>oneOf</c> entry for it).</summary>
internal sealed record ChoiceValue(string Value, string Description);

/// <summary>
/// The words of the input, each list in one place: the binder reads its choices from here, the scorer and the
/// messages their names, and the JSON Schema its <c>oneOf</c> of values with their descriptions (<see cref="Choices"/>).
/// </summary>
internal static class Vocabulary
{
    /// <summary>正向 / 反向 / 等于 / 定性.</summary>
    public static IReadOnlyList<KindTerm> Kinds { get; } =
    [
        new(IndicatorKind.Positive, ScoreKind.Positive, "positive", "正向", "正向指标（≥）：实际完成值不低于年度指标值得满分"),
        new(IndicatorKind.Negative, ScoreKind.Negative, "negative", "反向", "反向指标（≤）：实际完成值不高于年度指标值得满分"),
        new(IndicatorKind.Equal, ScoreKind.Equal, "equal", "等于", "等于（=）：实际完成值等于年度指标值得满分"),
        new(IndicatorKind.Qualitative, ScoreKind.Qualitative, "qualitative", "定性", "定性指标：按达成、部分达成、未达成三档评分"),
    ];

    /// <summary>达成 / 部分达成 / 未达成, highest first.</summary>
    public static IReadOnlyList<GradeTerm> Grades { get; } =
    [
        new(QualitativeGrade.Achieved, "achieved", "达成", "达成年度指标（得分在分值的80%–100%）"),
        new(QualitativeGrade.Partial, "partial", "部分达成", "部分达成年度指标并具有一定效果（得分在分值的60%–80%）"),
        new(QualitativeGrade.NotAchieved, "not_achieved", "未达成", "未达成年度指标且效果较差（得分在分值的60%以下）"),
    ];

    /// <summary>The 收入性质 of an income source, in the order of the 自评表's 按收入性质分 columns.</summary>
    public static IReadOnlyList<NatureTerm> Natures { get; } =
    [
        new(IncomeNature.GeneralBudget, "general_budget", "一般公共预算", "一般公共预算财政拨款"),
        new(IncomeNature.GovernmentFund, "government_fund", "政府性基金", "政府性基金预算财政拨款"),
        new(IncomeNature.SpecialAccount, "special_account", "纳入专户管理的非税收入", "纳入专户管理的非税收入拨款"),
        new(IncomeNature.Other, "other", "其他资金", "其他资金（其他收入）"),
    ];

    /// <summary>How the 预算执行率 is scored.</summary>
    public static IReadOnlyList<MethodTerm<FundsMethod>> FundsMethods { get; } =
    [
        new(FundsMethod.Proportional, "proportional", "按比例", "按比例计分：min(执行率, 100%) × 分值"),
        new(FundsMethod.Stepped, "stepped", "分段", "分段计分：按评分规则文件 funds_steps 的各档得分"),
    ];

    /// <summary>How a 反向指标 above its target is scored.</summary>
    public static IReadOnlyList<MethodTerm<NegativeMethod>> NegativeMethods { get; } =
    [
        new(NegativeMethod.Ratio, "ratio", "比例法", "比例法：指标值 ÷ 实际完成值 × 分值（填表说明的算法）"),
        new(NegativeMethod.Deviation, "deviation", "偏离度法", "偏离度法：(1 − 超出部分 ÷ 指标值) × 分值（预算管理一体化系统的算法）"),
    ];

    /// <summary>The 自评表's 评价等级, highest first.</summary>
    public static IReadOnlyList<string> TotalGrades { get; } = ["优", "良", "中", "差"];

    /// <summary>The score range of each 评价等级 (the default bands), in the order of <see cref="TotalGrades"/>.</summary>
    private static readonly string[] TotalGradeRanges = ["90–100分", "80–90分", "60–80分", "60分以下"];

    /// <summary>The units an amount may be in.</summary>
    public static IReadOnlyList<string> AmountUnits { get; } = ["万元"];

    /// <summary>The words for “this budget does not exist” (三、四、五 其他预算).</summary>
    public static IReadOnlyList<string> NoneWords { get; } = ["none", "无"];

    /// <summary>
    /// Every choice field by its name in the schema (<c>"oneOf": "@vocabulary NAME"</c> in the schema's template):
    /// each value the binder accepts, codes first, then the Chinese words, each with its meaning.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ChoiceValue>> Choices { get; } = new Dictionary<string, IReadOnlyList<ChoiceValue>>(StringComparer.Ordinal)
    {
        ["nature"] = Both(Natures.Select(n => (n.Code, n.Label, n.Description))),
        ["kind"] = Both(Kinds.Select(k => (k.Code, k.Label, k.Description))),
        ["indicator_grade"] = Both(Grades.Select(g => (g.Code, g.Label, g.Description))),
        ["funds_method"] = Both(FundsMethods.Select(m => (m.Code, m.Label, m.Description))),
        ["negative_method"] = Both(NegativeMethods.Select(m => (m.Code, m.Label, m.Description))),
        ["total_grade"] = TotalGrades.Select((g, i) => new ChoiceValue(g, $"{g}（{TotalGradeRanges[i]}）")).ToList(),
        ["amount_unit"] = AmountUnits.Select(u => new ChoiceValue(u, "金额以" + u + "为单位")).ToList(),
        ["none"] = NoneWords.Select(w => new ChoiceValue(w, "没有这项预算支出（报告中印出“本单位无……”）")).ToList(),
    };

    private static List<ChoiceValue> Both(IEnumerable<(string Code, string Label, string Description)> terms)
    {
        var list = terms.ToList();
        return list.Select(t => new ChoiceValue(t.Code, t.Description))
            .Concat(list.Select(t => new ChoiceValue(t.Label, $"同 {t.Code}：{t.Description}")))
            .ToList();
    }

    public static KindTerm Of(IndicatorKind kind) => Kinds.First(t => t.Kind == kind);

    public static KindTerm Of(ScoreKind kind) => Kinds.First(t => t.Score == kind);

    public static GradeTerm Of(QualitativeGrade grade) => Grades.First(t => t.Grade == grade);

    public static NatureTerm Of(IncomeNature nature) => Natures.First(t => t.Nature == nature);

    /// <summary>The binder's lookup of a term list: every code and every Chinese word to its value.</summary>
    public static Dictionary<string, T> Lookup<T>(IEnumerable<(string Code, string Label, T Value)> terms)
    {
        var list = terms.ToList();
        return list.Select(t => (Key: t.Code, t.Value)).Concat(list.Select(t => (Key: t.Label, t.Value)))
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
    }
}
