using PerfReport.Rendering.Docx;

namespace PerfReport.Tests.Rendering.Docx;

public sealed class TextMeasureTests
{
    [Theory]
    [InlineData("≥10000万元", "≥10000万元")]
    [InlineData("123456.78", "123456.78")]
    [InlineData("实际投资（万元）", "实|际|投|资|（万元）")]
    [InlineData("产出指标（50分）", "产|出|指|标|（50分）")]
    [InlineData("工作任务如期完成，工作质量", "工|作|任|务|如|期|完|成，|工|作|质|量")]
    [InlineData("完成6场培训", "完|成|6场|培|训")]
    public void Figures_units_and_short_brackets_are_one_piece_and_punctuation_stays_with_its_character(string text, string pieces)
    {
        Assert.Equal(pieces.Split('|'), TextMeasure.Segments(text));
    }

    [Fact]
    public void Widths_count_CJK_as_one_em_and_digits_as_half()
    {
        Assert.Equal(4.0, TextMeasure.Width("数量指标"));
        Assert.Equal(2.5, TextMeasure.Width("10000"));
        Assert.Equal(4.0, TextMeasure.LongestPiece("年度预算申请（万元）"));
    }

    [Theory]
    // 数量指标 in 3 ems leaves 标 alone; in 4 it fits; in 2 it breaks evenly.
    [InlineData("数量指标", 3.0, true)]
    [InlineData("数量指标", 4.0, false)]
    [InlineData("数量指标", 2.0, false)]
    // LibreOffice would break （50分） between 50 and 分 when the cell holds 3.5 ems of it, not when it holds 4.
    [InlineData("（50分）", 3.5, true)]
    [InlineData("（50分）", 4.0, false)]
    // A figure with its unit: broken before 万元 in 4 ems, whole in 5.
    [InlineData("≥10000万元", 4.0, true)]
    [InlineData("≥10000万元", 5.1, false)]
    public void A_wrap_is_bad_when_it_leaves_one_character_or_breaks_a_figure_or_unit(string text, double width, bool bad)
    {
        Assert.Equal(bad, TextMeasure.WrapsBadly(text, width));
    }

    [Fact]
    public void A_label_that_would_leave_one_character_is_broken_into_even_lines()
    {
        Assert.Equal("服务对\n象满意\n度指标", TextMeasure.Balance("服务对象满意度指标", 4.0));
        Assert.Equal("批复\n规模\n（㎡）", TextMeasure.Balance("批复规模（㎡）", 3.0));
        Assert.Null(TextMeasure.Balance("（50分）", 3.0));
    }

    /// <summary>Pieces are kept per thread and per kind: the kept ones are the same as cut afresh, whichever kind comes first.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Kept_pieces_are_those_cut_afresh_for_each_kind(bool protectFirst)
    {
        string text = $"批复规模（㎡）共12.5万元，{protectFirst}";
        var first = TextMeasure.Segments(text, protectFirst);
        var second = TextMeasure.Segments(text, !protectFirst);
        var (isProtected, unprotected) = protectFirst ? (first, second) : (second, first);
        string tail = protectFirst.ToString();
        Assert.Equal(["批", "复", "规", "模", "（㎡）", "共", "12.5万元，", tail], isProtected);
        Assert.Equal(["批", "复", "规", "模", "（㎡）", "共", "12.5", "万", "元，", tail], unprotected);
        Assert.Equal(isProtected, TextMeasure.Segments(text, protect: true));
        Assert.Equal(unprotected, TextMeasure.Segments(text, protect: false));

        // A caller cannot change what is kept for the next one.
        Assert.False(first is List<string>);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)first).Add("x"));

        // Past the limit the thread starts over and still cuts the same pieces.
        for (int i = 0; i <= TextMeasure.CacheLimit; i++) TextMeasure.Segments("第" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "项", protectFirst);
        Assert.Equal(first, TextMeasure.Segments(text, protectFirst));
    }
}
