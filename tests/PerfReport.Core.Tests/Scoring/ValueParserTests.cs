using PerfReport.Scoring;

namespace PerfReport.Tests.Scoring;

public class ValueParserTests
{
    [Theory]
    [InlineData("100%", "100", "%", nameof(Comparison.None))]
    [InlineData("≥95%", "95", "%", nameof(Comparison.AtLeast))]
    [InlineData(">=95%", "95", "%", nameof(Comparison.AtLeast))]
    [InlineData("＞＝９５％", "95", "%", nameof(Comparison.AtLeast))]
    [InlineData("≤107.49万元", "107.49", "万元", nameof(Comparison.AtMost))]
    [InlineData("不超过100万元", "100", "万元", nameof(Comparison.AtMost))]
    [InlineData("控制在100万元以内", "100", "万元", nameof(Comparison.AtMost))]
    [InlineData("不低于90%", "90", "%", nameof(Comparison.AtLeast))]
    [InlineData("不少于6场", "6", "场", nameof(Comparison.AtLeast))]
    [InlineData("6场以上", "6", "场", nameof(Comparison.AtLeast))]
    [InlineData("达到98%", "98", "%", nameof(Comparison.AtLeast))]
    [InlineData("=100%", "100", "%", nameof(Comparison.Equal))]
    [InlineData("<5次", "5", "次", nameof(Comparison.Below))]
    [InlineData("> 3 家", "3", "家", nameof(Comparison.Above))]
    [InlineData("120", "120", "", nameof(Comparison.None))]
    [InlineData("5000元", "5000", "元", nameof(Comparison.None))]
    [InlineData("12个", "12", "个", nameof(Comparison.None))]
    [InlineData("30天", "30", "天", nameof(Comparison.None))]
    [InlineData("12月", "12", "月", nameof(Comparison.None))]
    [InlineData("50户", "50", "户", nameof(Comparison.None))]
    [InlineData("200人", "200", "人", nameof(Comparison.None))]
    [InlineData("≤-5%", "-5", "%", nameof(Comparison.AtMost))]
    [InlineData("100平方米", "100", "平方米", nameof(Comparison.None))]
    [InlineData("12个工作日", "12", "个工作日", nameof(Comparison.None))]
    [InlineData("≤50元/亩", "50", "元/亩", nameof(Comparison.AtMost))]
    [InlineData("≥3万亩", "3", "万亩", nameof(Comparison.AtLeast))]
    [InlineData("0起", "0", "起", nameof(Comparison.None))]
    [InlineData("≤0起", "0", "起", nameof(Comparison.AtMost))]
    [InlineData("零", "0", "", nameof(Comparison.None))]
    [InlineData("零起", "0", "起", nameof(Comparison.None))]
    [InlineData("无", "0", "", nameof(Comparison.None))]
    [InlineData("不高于5%", "5", "%", nameof(Comparison.AtMost))]
    [InlineData("控制在8小时内", "8", "小时", nameof(Comparison.AtMost))]
    [InlineData("至少3家", "3", "家", nameof(Comparison.AtLeast))]
    [InlineData("2批次及以上", "2", "批次", nameof(Comparison.AtLeast))]
    [InlineData("≥９５ ％", "95", "%", nameof(Comparison.AtLeast))]
    [InlineData("≥ 20 ｋｍ", "20", "km", nameof(Comparison.AtLeast))]
    public void Reads_targets(string text, string value, string unit, string comparison)
    {
        var parsed = ValueParser.ParseTarget(text);
        Assert.Equal(ValueForm.Quantity, parsed.Form);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), parsed.Quantity!.Value);
        Assert.Equal(unit, parsed.Quantity.Unit);
        Assert.Equal(comparison, parsed.Quantity.Comparison.ToString());
        Assert.Equal(text, parsed.Text);
    }

    [Theory]
    [InlineData("严格控制在预算内")]
    [InlineData("不超过预算")]
    [InlineData("工作质量达到各项工作要求")]
    [InlineData("进一步提升")]
    [InlineData("健全")]
    [InlineData("无重大安全事故")]
    [InlineData("十分满意")]
    [InlineData("三公经费只减不增")]
    public void Words_without_a_number_are_qualitative(string text) =>
        Assert.Equal(ValueForm.Text, ValueParser.ParseTarget(text).Form);

    [Theory]
    [InlineData("约100%")]
    [InlineData("100%左右")]
    [InlineData("一百")]
    [InlineData("百分之九十五")]
    [InlineData("六场")]
    [InlineData("约六场")]
    [InlineData("1,000元")]
    [InlineData("完成2022年度任务")]
    [InlineData("≥95%以下")]
    [InlineData("10余场")]
    [InlineData("100多人")]
    [InlineData("2022年")]
    [InlineData("12月底前")]
    [InlineData("6场（含线上）")]
    [InlineData("零点五")]
    [InlineData("1个以上的机构和部门")]
    [InlineData("100%未完成")]
    [InlineData("6场以上活动")]
    public void Hedged_or_chinese_numbers_are_not_guessed(string text) =>
        Assert.Equal(ValueForm.Unparseable, ValueParser.ParseTarget(text).Form);

    [Fact]
    public void An_actual_value_takes_no_comparison_except_reached()
    {
        Assert.Equal(ValueForm.Unparseable, ValueParser.ParseActual("≥98%").Form);
        Assert.Equal(Comparison.None, ValueParser.ParseActual("达到98%").Quantity!.Comparison);
        Assert.Equal(98m, ValueParser.ParseActual("98%").Quantity!.Value);
    }

    [Fact]
    public void An_actual_value_may_say_completed()
    {
        Assert.Equal(new Quantity(100m, "%", Comparison.None), ValueParser.ParseActual("完成100%").Quantity);
        Assert.Equal(new Quantity(6m, "场", Comparison.None), ValueParser.ParseActual("6场完成").Quantity);
    }

    [Theory]
    [InlineData("万元", "元", "10000")]
    [InlineData("亿元", "万元", "10000")]
    [InlineData("万亩", "亩", "10000")]
    [InlineData("万人次", "人次", "10000")]
    [InlineData("万户", "户", "10000")]
    [InlineData("元", "亿元", "0.00000001")]
    [InlineData("千万元", "万元", "1000")]
    public void Scale_prefixes_convert_exactly(string from, string to, string factor) =>
        Assert.Equal(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), Units.Convert(1m, from, to));

    [Theory]
    [InlineData("场", "次")]
    [InlineData("%", "个")]
    [InlineData("万元", "万人")]
    [InlineData("万", "元")]
    public void Different_units_do_not_convert(string from, string to) => Assert.Null(Units.Convert(1m, from, to));
}
