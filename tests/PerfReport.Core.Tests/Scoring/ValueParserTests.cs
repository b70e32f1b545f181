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
    [InlineData("100平方米")]
    [InlineData("完成2022年度任务")]
    [InlineData("≥95%以下")]
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
    public void The_understood_forms_name_every_unit() =>
        Assert.All(ValueParser.Units, u => Assert.Contains(u, ValueParser.UnderstoodForms, StringComparison.Ordinal));
}
