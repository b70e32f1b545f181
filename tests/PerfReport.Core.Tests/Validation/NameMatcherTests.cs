using PerfReport.Validation;

namespace PerfReport.Tests.Validation;

public class NameMatcherTests
{
    [Theory]
    [InlineData("调研、培训、维权、光彩事业", "调研培训维权光彩事业经费")]
    [InlineData("民营经济小组办公费", "民营经济小组办公经费")]
    [InlineData("三小生活困难补助", "三小生活困难补助")]
    [InlineData("区非公有制党工委工作经费", "非公有制党工委工作经费")]
    public void Near_names_match(string a, string b) => Assert.True(NameMatcher.Similarity(a, b) >= NameMatcher.Threshold);

    [Theory]
    [InlineData("三小生活困难补助", "部分工商业者生活困难补助经费")]
    [InlineData("民营经济小组办公费", "调研、培训、维权、光彩事业")]
    [InlineData("会员企业培训", "")]
    public void Different_names_do_not_match(string a, string b) => Assert.True(NameMatcher.Similarity(a, b) < NameMatcher.Threshold);

    [Fact]
    public void The_best_pair_is_taken_first_and_each_item_is_used_once()
    {
        string?[] narrative = ["三小生活困难补助", "民营经济小组办公费"];
        string?[] table = ["部分工商业者生活困难补助经费", "民营经济小组办公费", "三小生活困难补助", null];
        Assert.Equal([(0, 2), (1, 1)], NameMatcher.Pair(narrative, table).OrderBy(p => p.Left));
    }
}
