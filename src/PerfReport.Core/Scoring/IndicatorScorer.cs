using PerfReport.Model;

namespace PerfReport.Scoring;

/// <summary>Scores one 三级指标 by a profile.</summary>
internal static class IndicatorScorer
{
    public static IndicatorScore Score(Indicator ind, string group, string category, ScoringProfile profile)
    {
        var target = ind.Target is { } t ? ValueParser.ParseTarget(t.Value) : null;
        var actual = ind.Actual is { } a ? ValueParser.ParseActual(a.Value) : null;
        var (kind, reason) = KindInference.Infer(ind.Kind, target);
        var weight = ind.Weight?.Value;
        var stated = ind.Score?.Value;
        var units = target?.Quantity is { } tq && actual?.Quantity is { } aq ? Reconcile(tq, aq) : null;
        var mismatch = units is { Target: null };
        var score = new IndicatorScore
        {
            Name = ind.Name?.Value ?? "",
            Group = group,
            Category = category,
            YamlPath = ind.Path,
            Span = ind.Span,
            Kind = kind,
            KindReason = reason,
            Target = ind.Target?.Value,
            Actual = ind.Actual?.Value,
            Weight = weight,
            Stated = stated,
            Working = "",
            Source = ind,
            TargetValue = target,
            ActualValue = actual,
            UnitMismatch = mismatch,
        };

        var blocker = Blocker(kind, target, actual, weight, mismatch);
        if (blocker is null && weight is { } w && kind is { } k && k != ScoreKind.Qualitative)
            return Computed(score, k, units!.Target!, units.Actual!, units.Note, w, profile);
        return NotComputed(score, ind, kind, blocker, profile);
    }

    private static IndicatorScore Computed(IndicatorScore score, ScoreKind kind, Quantity a, Quantity b, string note, decimal w, ScoringProfile profile)
    {
        var (value, text) = Formulas.Apply(kind, a.Value, b.Value, a.Unit, b.Unit, w, profile.NegativeMethod);
        var over = kind is ScoreKind.Positive or ScoreKind.Equal && a.Value > 0 && b.Value >= profile.OverAchievementFactor * a.Value;
        return score with { Computed = value, Score = value, Basis = ScoreBasis.Computed, Working = text + note, OverAchieved = over };
    }

    /// <summary>Target and actual in one unit, and a note on how; Target null when the units do not compare.</summary>
    private sealed record UnitsInOne(Quantity? Target, Quantity? Actual, string Note);

    /// <summary>
    /// Brings the actual value into the target's unit: a bare number takes the other side's unit ("≥50个" against "50"
    /// is 50 个); scale units convert exactly (1200000元 = 120万元); a zero target compares with any unit (0 of anything is 0).
    /// </summary>
    private static UnitsInOne Reconcile(Quantity target, Quantity actual)
    {
        if (target.Unit == actual.Unit) return new(target, actual, "");
        if (actual.Unit.Length == 0)
            return new(target, actual with { Unit = target.Unit }, $"（实际完成值未写单位，按指标值的单位“{target.Unit}”计）");
        if (target.Unit.Length == 0)
            return new(target with { Unit = actual.Unit }, actual, $"（年度指标值未写单位，按实际完成值的单位“{actual.Unit}”计）");
        if (Units.Convert(actual.Value, actual.Unit, target.Unit) is { } converted)
        {
            var inTarget = new Quantity(converted, target.Unit, Comparison.None);
            return new(target, inTarget, $"（实际完成值 {actual.Show()} = {inTarget.Show()}）");
        }

        return target.Value == 0 ? new(target, actual, "") : new(null, null, "");
    }

    /// <summary>Why the figures cannot be scored by a formula, or null when they can (qualitative aside).</summary>
    private static string? Blocker(ScoreKind? kind, ParsedValue? target, ParsedValue? actual, decimal? weight, bool mismatch)
    {
        if (kind == ScoreKind.Qualitative) return null;
        if (target is null) return "未填年度指标值";
        if (target.Form == ValueForm.Unparseable) return $"指标值“{target.Text}”无法识别";
        if (target.Form == ValueForm.Text) return $"指标值“{target.Text}”不是数字";
        if (actual is null) return "未填实际完成值";
        if (actual.Form == ValueForm.Unparseable) return $"实际完成值“{actual.Text}”无法识别";
        if (actual.Form == ValueForm.Text) return $"实际完成值“{actual.Text}”不是数字";
        if (mismatch) return $"指标值单位“{Unit(target.Quantity!)}”与实际完成值单位“{Unit(actual.Quantity!)}”不同，不能换算";
        if (target.Quantity!.Value < 0) return "指标值为负数，无法按比例计分";
        if (weight is null) return "未填分值";
        return null;

        static string Unit(Quantity q) => q.Unit.Length == 0 ? "无" : q.Unit;
    }

    /// <summary>Qualitative, or figures that cannot be compared: the stated score counts, checked against its band.</summary>
    private static IndicatorScore NotComputed(IndicatorScore score, Indicator ind, ScoreKind? kind, string? blocker, ScoringProfile profile)
    {
        var grade = ind.Grade?.Value ?? QualitativeGrade.Achieved;
        var gradeNote = ind.Grade is null ? "（未写 grade，按达成）" : "";
        var band = score.Weight is { } w ? Band(grade, w, profile) : null;
        var lead = kind == ScoreKind.Qualitative && blocker is null ? "定性" : $"无法计算（{blocker}）";
        var bandText = band is null ? "" : $"，{band.Grade}档 {band.Show()}{gradeNote}";
        if (score.Stated is { } s)
        {
            var counted = score.Weight is { } cap && s > cap ? cap : s;
            var capped = counted != s ? $"，超过分值按 {Numbers.Score(counted)} 计" : "";
            return score with
            {
                Score = counted,
                Basis = ScoreBasis.Stated,
                Band = band,
                NotComputedReason = lead,
                Working = $"{lead}：采用填写得分 {Numbers.Score(s)}{bandText}{capped}",
            };
        }

        if (grade == QualitativeGrade.Achieved && score.Weight is { } full && kind == ScoreKind.Qualitative)
        {
            return score with
            {
                Score = full,
                Basis = ScoreBasis.Default,
                Band = band,
                NotComputedReason = lead,
                Working = $"{lead}：达成{gradeNote}，未填写得分，按满分 {Numbers.Score(full)} 计",
            };
        }

        return score with { Basis = ScoreBasis.None, Band = band, NotComputedReason = lead, Working = $"{lead}：未填写得分，无法计分" };
    }

    /// <summary>The band of a grade for a weight; edges rounded to 2 places as the 一体化 system does.</summary>
    public static ScoreBand Band(QualitativeGrade grade, decimal w, ScoringProfile profile)
    {
        var high = Numbers.Round2(w * profile.AchievedBandPercent / 100m);
        var low = Numbers.Round2(w * profile.PartialBandPercent / 100m);
        var label = Vocabulary.Of(grade).Label;
        return grade switch
        {
            QualitativeGrade.Achieved => new ScoreBand(label, high, w, true),
            QualitativeGrade.Partial => new ScoreBand(label, low, high, false),
            _ => new ScoreBand(label, 0, low, false),
        };
    }
}
