using PerfReport.Validation;

namespace PerfReport.Tests.Validation;

/// <summary>The placeholder scanner behind PR5004: what it finds, what it leaves alone, and that its work is linear.</summary>
public class PlaceholderScannerTests
{
    [Theory]
    [InlineData("内设XX个股室", "XX")]
    [InlineData("20XX年", "XX")]
    [InlineData("ｘｘ县", "ｘｘ")]
    [InlineData("××局", "××")]
    [InlineData("某某某同志", "某某某")]
    [InlineData("X月X日", "X")]
    [InlineData("金额□□万元", "□□")]
    [InlineData("填表人：___", "___")]
    [InlineData("（请填写单位职能）", "（请填写单位职能）")]
    [InlineData("(此处填写) 其他", "(此处填写)")]
    [InlineData("【单位名称】负责", "【单位名称】")]
    [InlineData("【】", "【】")]
    [InlineData("【在此简述主要做法】", "【在此简述主要做法】")]
    [InlineData("工作请填写完整", "请填写")]
    [InlineData("主要包括……", "包括……")]
    [InlineData("主要包括...", "包括...")]
    [InlineData("……等", "……等")]
    [InlineData("一是……；二是……", "一是……")]
    [InlineData("金额为。。。万元", "为。。。")]
    [InlineData("主要包括等", "包括等")]
    [InlineData("等", "等")]
    public void Finds_the_placeholder(string text, string expected)
    {
        var first = PlaceholderScanner.Scan(text).First();
        Assert.Equal(expected, text.Substring(first.Index, first.Length));
    }

    [Theory]
    [InlineData("配发XXL码工作服")]
    [InlineData("购置Xbox一台，执行GB/T 9704-2012")]
    [InlineData("X光机、X射线检测")]
    [InlineData("二十世纪XX世纪")]
    [InlineData("规格3×4米，共2x3块")]
    [InlineData("开展学习、培训、调研等活动")]
    [InlineData("开展了学习、调研……等活动")]
    [InlineData("等级评定、等同对待、等待批复")]
    [InlineData("【典型案例】二○二二年")]
    [InlineData("（以下简称“工商联”）")]
    [InlineData("根据请示批复（请示已归档）办理")]
    [InlineData("人均12.5万元，增长3.2%")]
    [InlineData("用钱必问效、无效必问责")]
    [InlineData("某县的做法")]
    [InlineData("")]
    public void Leaves_real_text_alone(string text) => Assert.Empty(PlaceholderScanner.Scan(text));

    /// <summary>Inputs that make a backtracking pattern blow up: the scanner's work stays a small multiple of the length.</summary>
    [Theory]
    [InlineData("【")]
    [InlineData("（请")]
    [InlineData("X")]
    [InlineData("Xa")]
    [InlineData("…")]
    [InlineData("包括…")]
    [InlineData("..")]
    [InlineData("某")]
    [InlineData("等")]
    [InlineData("请填")]
    [InlineData("（（（（（（")]
    public void Work_is_linear_in_the_length(string unit)
    {
        long Steps(int n)
        {
            PlaceholderScanner.Scan(string.Concat(Enumerable.Repeat(unit, n)), out var steps);
            return steps;
        }

        var small = Steps(2_000);
        var large = Steps(20_000);
        var length = unit.Length * 20_000L;
        Assert.True(large <= 100 * length, $"{large} steps for {length} characters");
        Assert.True(large <= 11 * small + 1_000, $"{small} → {large} steps: not linear");
    }
}
