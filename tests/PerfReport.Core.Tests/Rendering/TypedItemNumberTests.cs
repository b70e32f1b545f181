using System.Text.RegularExpressions;
using PerfReport.TestKit;
using PerfReport.Tests.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>A number the department typed before an item the tool numbers is dropped: the report never shows "1.1、".</summary>
public partial class TypedItemNumberTests
{
    [Theory]
    [InlineData("1、负责档案工作。", "1、", "负责档案工作。")]
    [InlineData("1.负责档案工作。", "1.", "负责档案工作。")]
    [InlineData("1．负责档案工作。", "1．", "负责档案工作。")]
    [InlineData("12）负责档案工作。", "12）", "负责档案工作。")]
    [InlineData("（一）负责档案工作。", "（一）", "负责档案工作。")]
    [InlineData("(1) 负责档案工作。", "(1)", "负责档案工作。")]
    [InlineData("（十二）、负责档案工作。", "（十二）、", "负责档案工作。")]
    [InlineData("一、负责档案工作。", "一、", "负责档案工作。")]
    [InlineData("　二十、 负责档案工作。", "二十、", "负责档案工作。")]
    [InlineData("第三，负责档案工作。", "第三，", "负责档案工作。")]
    [InlineData("①负责档案工作。", "①", "负责档案工作。")]
    [InlineData("⑴负责档案工作。", "⑴", "负责档案工作。")]
    [InlineData("３、负责档案工作。", "３、", "负责档案工作。")]
    [InlineData("目标1：完成年度任务。", "目标1：", "完成年度任务。")]
    [InlineData("目标二、完成年度任务。", "目标二、", "完成年度任务。")]
    public void A_typed_number_is_found_and_stripped(string item, string prefix, string rest)
    {
        var (start, length) = ItemNumber.Find(item)!.Value;
        Assert.Equal(prefix, item.Substring(start, length));
        Assert.Equal(rest, ItemNumber.Strip(item));
    }

    [Theory]
    [InlineData("1.5万元用于培训。")]
    [InlineData("2022年完成换届。")]
    [InlineData("1000、2000两档。")]
    [InlineData("一是加强学习。")]
    [InlineData("十分重视。")]
    [InlineData("第一时间响应。")]
    [InlineData("目标任务全部完成。")]
    [InlineData("（2022年）完成换届。")]
    [InlineData("（一二三四五）不是编号。")]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("（1")]
    public void Text_that_only_starts_like_a_number_is_kept(string item)
    {
        Assert.Null(ItemNumber.Find(item));
        Assert.Equal(item, ItemNumber.Strip(item));
    }

    [Fact]
    public void The_built_report_numbers_each_item_once()
    {
        var yaml = Repo.Read("samples", "minimal.yaml")
            .Replace("    - 贯彻执行", "    - 1、贯彻执行", StringComparison.Ordinal)
            .Replace("    - 集中统一管理", "    - （二）集中统一管理", StringComparison.Ordinal)
            .Replace("  - 部分早期纸质档案", "  - 1.部分早期纸质档案", StringComparison.Ordinal)
            .Replace("  - 档案征集与编研经费执行率", "  - 2．档案征集与编研经费执行率", StringComparison.Ordinal)
            .Replace("  - 对褪色档案", "  - 一、对褪色档案", StringComparison.Ordinal)
            .Replace("    - title: 档案资源建设", "    - title: （一）档案资源建设", StringComparison.Ordinal)
            .Replace("        - title: 数字化加工", "        - title: 1、数字化加工", StringComparison.Ordinal)
            .Replace("    - 完成馆藏档案数字化加工4000件以上", "    - ①完成馆藏档案数字化加工4000件以上", StringComparison.Ordinal)
            .Replace("      - { name: 馆藏档案数字化加工经费, prior", "      - { name: 1、馆藏档案数字化加工经费, prior", StringComparison.Ordinal);
        var result = Compilation.Build(SourceText.From("samples/minimal.yaml", yaml), CompilationOptions.Default);
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
        Assert.Equal(9, result.Diagnostics.Count(d => d.Id == "PR5005"));

        var text = DocxText.Flatten(result.Docx!);
        Assert.Contains("[Body Text] 1.贯彻执行国家档案工作", text, StringComparison.Ordinal);
        Assert.Contains("[Body Text] 2.集中统一管理", text, StringComparison.Ordinal);
        Assert.Contains("[Body Text] 1.部分早期纸质档案", text, StringComparison.Ordinal);
        Assert.Contains("[Body Text] 2.档案征集与编研经费执行率", text, StringComparison.Ordinal);
        Assert.Contains("[Body Text] 1.对褪色档案", text, StringComparison.Ordinal);
        Assert.Contains("[Heading 2] （一）档案资源建设", text, StringComparison.Ordinal);
        Assert.Contains("[Heading 3] 1.数字化加工", text, StringComparison.Ordinal);
        Assert.Contains("目标1：完成馆藏档案数字化加工4000件以上", text, StringComparison.Ordinal);
        Assert.Contains("| 专项1：馆藏档案数字化加工经费 |", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(Doubled(), text);
    }

    /// <summary>A tool number followed by a typed one: "1.1、", "2.（二）", "（一）（一）", "目标1：①", "专项1：1、".</summary>
    [GeneratedRegex(@"(\d[.．、：]|[）)])\s*(\d{1,3}[、.．）)]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[\u2460-\u249B])")]
    private static partial Regex Doubled();
}
