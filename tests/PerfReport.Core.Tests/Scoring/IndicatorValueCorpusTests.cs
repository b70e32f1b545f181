using PerfReport.Scoring;
using static PerfReport.Tests.Scoring.ScoringTables;

namespace PerfReport.Tests.Scoring;

/// <summary>
/// Indicator values as people write them on real 自评表, per direction: each row gives the target and actual as
/// written, the figure the parser reads from each ("" for words), and the score computed by hand (mof-2020: ratio for
/// 反向; ROUND_HALF_UP to 2 places; multiplied before divided). The hand computation is in the comment of each row.
/// </summary>
public class IndicatorValueCorpusTests
{
    [Theory]
    [InlineData("≥95%", "90%", "10", "95%", "90%", "9.47")]             // 90 × 10 ÷ 95 = 9.4736…
    [InlineData(">=95%", "96%", "10", "95%", "96%", "10")]              // 96 ≥ 95
    [InlineData("＞＝９５％", "９０％", "10", "95%", "90%", "9.47")]       // full width, as row 1
    [InlineData("≥95 %", "94.5％", "5", "95%", "94.5%", "4.97")]        // 94.5 × 5 ÷ 95 = 4.9736…
    [InlineData("不低于90%", "85%", "10", "90%", "85%", "9.44")]        // 85 × 10 ÷ 90 = 9.444…
    [InlineData("不少于6场", "5场", "10", "6场", "5场", "8.33")]          // 5 × 10 ÷ 6 = 8.333…
    [InlineData("6场以上", "6场", "5", "6场", "6场", "5")]               // at target
    [InlineData("达到98%", "97%", "10", "98%", "97%", "9.9")]           // 97 × 10 ÷ 98 = 9.897…
    [InlineData("100%", "98%", "10", "100%", "98%", "9.8")]             // no sign: 正向
    [InlineData("≥50个", "50", "10", "50个", "50", "10")]               // bare actual takes 个
    [InlineData("50", "40个", "10", "50", "40个", "8")]                 // bare target takes 个: 40 × 10 ÷ 50
    [InlineData("≥1000万元", "0.09亿元", "10", "1000万元", "0.09亿元", "9")] // 0.09亿元 = 900万元: 900 × 10 ÷ 1000
    [InlineData("≥2万亩", "15000亩", "10", "2万亩", "15000亩", "7.5")]    // 15000亩 = 1.5万亩: 1.5 × 10 ÷ 2
    [InlineData("不少于3万人", "25000人", "6", "3万人", "25000人", "5")]   // 2.5万人: 2.5 × 6 ÷ 3
    [InlineData("≥500户", "0.04万户", "5", "500户", "0.04万户", "4")]     // 0.04万户 = 400户: 400 × 5 ÷ 500
    [InlineData("≥200人次", "150人次", "3", "200人次", "150人次", "2.25")] // 150 × 3 ÷ 200
    [InlineData("≥10批次", "7批次", "4", "10批次", "7批次", "2.8")]       // 7 × 4 ÷ 10
    [InlineData("≥ 8 台", "7台", "2", "8台", "7台", "1.75")]             // 7 × 2 ÷ 8
    [InlineData("≥5万吨", "48000吨", "10", "5万吨", "48000吨", "9.6")]    // 4.8万吨: 4.8 × 10 ÷ 5
    [InlineData("≥20篇", "完成13篇", "5", "20篇", "13篇", "3.25")]        // 13 × 5 ÷ 20
    [InlineData("至少3家", "2家", "5", "3家", "2家", "3.33")]             // 2 × 5 ÷ 3 = 3.333…
    [InlineData("≥24小时", "18小时", "8", "24小时", "18小时", "6")]        // 18 × 8 ÷ 24
    [InlineData("不少于80元/人", "90元/人", "4", "80元/人", "90元/人", "4")] // above target
    public void Positive(string target, string actual, string weight, string readTarget, string readActual, string score) =>
        Check(ScoreKind.Positive, target, actual, weight, "", readTarget, readActual, score);

    [Theory]
    [InlineData("≤0起", "0起", "5", "0起", "0起", "5")]                 // zero target, zero actual: full
    [InlineData("≤0起", "1起", "5", "0起", "1起", "0")]                 // zero target, any actual above: 0
    [InlineData("0起", "0", "5", "0起", "0", "5")]                      // zero target with no sign is 反向
    [InlineData("0起", "2起", "5", "0起", "2起", "0")]
    [InlineData("零", "无", "5", "0", "0", "5")]
    [InlineData("无", "0起", "5", "0", "0起", "5")]
    [InlineData("无", "3起", "5", "0", "3起", "0")]
    [InlineData("≤0次", "无", "4", "0次", "0", "4")]
    [InlineData("<=5%", "6%", "10", "5%", "6%", "8.33")]                // 5 × 10 ÷ 6 = 8.333…
    [InlineData("不超过100万元", "120万元", "10", "100万元", "120万元", "8.33")] // 100 × 10 ÷ 120
    [InlineData("不高于5%", "4%", "10", "5%", "4%", "10")]              // below the ceiling
    [InlineData("控制在100万元以内", "1250000元", "10", "100万元", "1250000元", "8")] // 125万元: 100 × 10 ÷ 125
    [InlineData("≤107.49万元", "107.49万元", "10", "107.49万元", "107.49万元", "10")]
    [InlineData("≤ 12个工作日", "15个工作日", "6", "12个工作日", "15个工作日", "4.8")] // 12 × 6 ÷ 15
    [InlineData("不超过50元/亩", "40元/亩", "4", "50元/亩", "40元/亩", "4")]
    [InlineData("≤2亿元", "25000万元", "10", "2亿元", "25000万元", "8")]  // 2.5亿元: 2 × 10 ÷ 2.5
    [InlineData("小于等于3天", "4天", "9", "3天", "4天", "6.75")]          // 3 × 9 ÷ 4
    [InlineData("3小时以内", "5小时", "5", "3小时", "5小时", "3")]         // 3 × 5 ÷ 5
    [InlineData("≤１０％", "１２．５％", "10", "10%", "12.5%", "8")]       // 10 × 10 ÷ 12.5
    [InlineData("控制在5%", "5.5%", "10", "5%", "5.5%", "9.09")]         // 5 × 10 ÷ 5.5 = 9.0909…
    [InlineData("不高于3%", "4.5", "6", "3%", "4.5", "4")]               // bare actual takes %: 3 × 6 ÷ 4.5
    public void Negative(string target, string actual, string weight, string readTarget, string readActual, string score) =>
        Check(ScoreKind.Negative, target, actual, weight, "", readTarget, readActual, score);

    [Theory]
    [InlineData("=100%", "98%", "10", "100%", "98%", "9.8")]            // 98 × 10 ÷ 100
    [InlineData("=100%", "100%", "10", "100%", "100%", "10")]
    [InlineData("=100%", "110%", "10", "100%", "110%", "10")]           // never above the weight
    [InlineData("等于100%", "99.5%", "10", "100%", "99.5%", "9.95")]
    [InlineData("＝１００％", "１００％", "10", "100%", "100%", "10")]
    [InlineData("=12个", "12", "5", "12个", "12", "5")]                 // bare actual takes 个
    [InlineData("=12个", "10个", "5", "12个", "10个", "4.17")]          // 10 × 5 ÷ 12 = 4.1666…
    [InlineData("=0", "0", "5", "0", "0", "5")]                         // zero target: actual ≤ 0 full
    [InlineData("=0起", "1起", "5", "0起", "1起", "0")]                 // zero target: actual above 0 scores 0
    [InlineData("等于6场", "5场", "6", "6场", "5场", "5")]               // 5 × 6 ÷ 6
    [InlineData("= 4 次", "3次", "8", "4次", "3次", "6")]               // 3 × 8 ÷ 4
    [InlineData("=1万元", "8000元", "10", "1万元", "8000元", "8")]        // 0.8万元: 0.8 × 10 ÷ 1
    [InlineData("=100万元", "1000000元", "10", "100万元", "1000000元", "10")] // 100万元
    [InlineData("=365天", "360天", "10", "365天", "360天", "9.86")]       // 360 × 10 ÷ 365 = 9.863…
    [InlineData("=50元/人", "45元/人", "10", "50元/人", "45元/人", "9")]
    [InlineData("=2批次", "1批次", "3", "2批次", "1批次", "1.5")]
    [InlineData("=1", "1次", "2", "1", "1次", "2")]                     // bare target takes 次
    public void Equal(string target, string actual, string weight, string readTarget, string readActual, string score) =>
        Check(ScoreKind.Equal, target, actual, weight, "", readTarget, readActual, score);

    [Theory]
    [InlineData("严格控制在预算内", "严格控制在预算内", "15", "", "15")]        // 达成, no score: full weight
    [InlineData("健全", "基本健全", "10", ", grade: partial, score: 7", "7")]   // stated, in [6, 8)
    [InlineData("进一步提升", "有所提升", "5", "", "5")]
    [InlineData("不超过预算", "未超预算", "10", ", score: 9", "9")]            // stated, in [8, 10]
    [InlineData("显著提高", "明显提高", "8", "", "8")]
    [InlineData("无重大安全事故", "未发生重大安全事故", "5", "", "5")]
    [InlineData("有效保障", "有效保障", "10", ", score: 10", "10")]
    [InlineData("按时完成", "按时完成", "6", "", "6")]
    [InlineData("规范", "较规范", "5", ", grade: partial, score: 3.5", "3.5")]  // in [3, 4)
    [InlineData("及时", "不及时", "5", ", grade: not_achieved, score: 2", "2")] // in [0, 3)
    [InlineData("持续发挥", "持续发挥", "4", "", "4")]
    [InlineData("群众满意", "满意", "10", "", "10")]
    [InlineData("逐步完善", "逐步完善", "3", "", "3")]
    [InlineData("长期", "长期", "2", "", "2")]
    [InlineData("明显改善", "有所改善", "10", ", grade: partial, score: 6", "6")] // the band's lower edge
    [InlineData("良好", "良好", "3.33", "", "3.33")]
    [InlineData("十分满意", "满意", "5", ", score: 4.5", "4.5")]                // 十 is not a number here
    public void Qualitative(string target, string actual, string weight, string extra, string score) =>
        Check(ScoreKind.Qualitative, target, actual, weight, extra, "", "", score);

    private static void Check(ScoreKind kind, string target, string actual, string weight, string extra, string readTarget, string readActual, string score)
    {
        var i = One($"{{ name: x, target: \"{target}\", actual: \"{actual}\", weight: {weight}{extra} }}");
        Assert.Equal(kind, i.Kind);
        Assert.Equal(readTarget, Read(i.TargetValue!));
        Assert.Equal(readActual, Read(i.ActualValue!));
        Assert.Equal(score, ScoreNames.Format(i.Score!.Value));
        Assert.Equal(kind == ScoreKind.Qualitative ? null : i.Score, i.Computed);
    }

    private static string Read(ParsedValue value) => value.Form switch
    {
        ValueForm.Quantity => value.Quantity!.Show(),
        ValueForm.Text => "",
        _ => "无法识别",
    };
}
