using PerfReport.Model;
using PerfReport.Text;

namespace PerfReport.Scoring;

/// <summary>Which kind an indicator is scored as, and the reason the sheet shows.</summary>
internal static class KindInference
{
    public static (ScoreKind? Kind, string Reason) Infer(Located<IndicatorKind>? stated, ParsedValue? target)
    {
        if (stated is not null)
        {
            var kind = From(stated.Value);
            return (kind, $"kind 写明为{ScoreNames.Label(kind)}，按{ScoreNames.Label(kind)}指标计分");
        }

        if (target is null) return (null, "未填年度指标值，无法判断指标类型");
        return target.Form switch
        {
            ValueForm.Text => (ScoreKind.Qualitative, $"指标值“{target.Text}”中没有数字，按定性指标计分"),
            ValueForm.Unparseable => (null, $"指标值“{target.Text}”无法识别，不予计算"),
            _ => FromComparison(target),
        };
    }

    private static (ScoreKind?, string) FromComparison(ParsedValue target)
    {
        var written = $"指标值写“{target.Text}”";
        return target.Quantity!.Comparison switch
        {
            Comparison.AtLeast or Comparison.Above => (ScoreKind.Positive, $"{written}，按正向指标计分"),
            Comparison.AtMost or Comparison.Below => (ScoreKind.Negative, $"{written}，按反向指标计分"),
            Comparison.Equal => (ScoreKind.Equal, $"{written}，按等于指标计分"),
            _ when target.Quantity.Value == 0 => (ScoreKind.Negative, $"{written}，目标为 0 且未写比较符号，按反向指标计分（实际为 0 得满分，大于 0 得 0）"),
            _ => (ScoreKind.Positive, $"{written}，未写比较符号，按正向指标计分（完成值不低于指标值得满分）"),
        };
    }

    private static ScoreKind From(IndicatorKind kind) => Vocabulary.Of(kind).Score;
}
