using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using PerfReport.Diagnostics;
using PerfReport.TestKit;
using PerfReport.Text;
using PerfReport.Validation.Rules.Text;

namespace PerfReport.Tests.Security;

/// <summary>Text that is long, repetitive, or full of characters no report should hold.</summary>
public class HostileTextTests
{
    [Fact]
    public void The_linear_doubled_phrase_search_finds_what_the_regex_finds()
    {
        // The regex is the rule's definition; it is cubic on long runs, so it is compared here on short random texts
        // over a tiny alphabet, where doubled phrases of every length are common.
        var regex = new Regex(@"(\p{IsCJKUnifiedIdeographs}{3," + RepeatedPhrase.MaxPhrase + @"})\1");
        var random = new Random(20260101);
        const string alphabet = "本年度，a";
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 160)];
            var letters = random.Next(2, alphabet.Length + 1);
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(letters)];
            var s = new string(chars);
            var expected = regex.Matches(s).Select(m => (m.Index, m.Groups[1].Length)).ToList();
            Assert.Equal(expected, RepeatedPhrase.Doubled(s));
        }
    }

    [Fact]
    public void A_doubled_phrase_longer_than_the_limit_is_not_looked_for()
    {
        var phrase = new string('本', 1) + string.Concat(Enumerable.Range(0, RepeatedPhrase.MaxPhrase).Select(i => (char)('一' + i)));
        Assert.Empty(RepeatedPhrase.Doubled(phrase + phrase));
        var fits = phrase[..RepeatedPhrase.MaxPhrase];
        Assert.Equal([(0, RepeatedPhrase.MaxPhrase)], RepeatedPhrase.Doubled(fits + fits));
    }

    public static TheoryData<string> Paragraphs() => new()
    {
        "repeated", "distinct", "punctuated",
    };

    /// <summary>
    /// A file just under the 4 MiB limit whose summary is one paragraph of 1.4 million characters validates at once.
    /// The bound here (10 s) only guards against a return of the quadratic rules (which took minutes); the real
    /// measure, time against length, is bench/PerfReport.Benchmarks (TextRulesBenchmarks).
    /// </summary>
    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void A_paragraph_of_1_4_million_characters_validates_in_bounded_time(string kind)
    {
        var yaml = LongParagraphReport(kind, 1_390_000);
        Assert.InRange(Encoding.UTF8.GetByteCount(yaml), 3_500_000, Compilation.MaxInputBytes);
        var watch = Stopwatch.StartNew();
        var result = Yaml.Check(yaml);
        watch.Stop();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticDescriptors.InternalError.Id);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{kind}: {watch.Elapsed}");
        if (kind == "repeated") Assert.Contains(result.Diagnostics, d => d.Id == "PR5001");
    }

    /// <summary>The minimal sample with <c>performance.summary</c> replaced by one long line (shared with the benchmark).</summary>
    internal static string LongParagraphReport(string kind, int length)
    {
        var sample = Repo.Read("samples", "minimal.yaml");
        var paragraph = kind switch
        {
            "repeated" => Repeat("本年度", length),
            "punctuated" => Repeat("工作:会员服务,（一）、", length),
            _ => Distinct(length),
        };
        var start = sample.IndexOf("performance:", StringComparison.Ordinal);
        Assert.True(start >= 0);
        return sample[..start] + "performance:\n  summary: " + paragraph + "\n" + Tail(sample[start..]);
    }

    private static string Tail(string performance)
    {
        // Drop the sample's own performance block up to the next top-level key.
        var lines = performance.Split('\n');
        var next = Array.FindIndex(lines, 1, l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && !l.StartsWith('#'));
        return next < 0 ? "" : string.Join('\n', lines[next..]);
    }

    private static string Repeat(string unit, int length)
    {
        var b = new StringBuilder(length + unit.Length);
        while (b.Length < length) b.Append(unit);
        return b.ToString(0, length);
    }

    private static string Distinct(int length)
    {
        var b = new StringBuilder(length);
        var random = new Random(7);
        for (var i = 0; i < length; i++) b.Append((char)random.Next(0x4E00, 0x9FA5));
        return b.ToString();
    }

    [Theory]
    [InlineData("\"某某局\\0\"", "U+0000", 3)]
    [InlineData("\"某某\\e局\"", "U+001B", 2)]
    [InlineData("\"某某局\\uFFFE\"", "U+FFFE", 3)]
    [InlineData("\"\\x85某某局\"", "U+0085", 0)]
    public void A_control_character_is_reported_where_it_stands_and_removed(string name, string code, int index)
    {
        var yaml = Repo.Read("samples", "minimal.yaml");
        var at = yaml.IndexOf("  name: ", StringComparison.Ordinal);
        var end = yaml.IndexOf('\n', at);
        var line = yaml[..at].Count(c => c == '\n') + 1;
        yaml = yaml[..at] + "  name: " + name + yaml[end..];
        var result = Yaml.Check(yaml);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "PR1020");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal((line, 10 + index), (d.Span.Line, d.Span.Column)); // after `  name: "`
        Assert.Equal($"文字中有控制字符 {code}（第 {index + 1} 个字符处，共 1 个），已删去；多为从其他软件复制时带入，请删去", d.Message);
        Assert.Equal("某某局", result.Model!.Department!.Name!.Value);
    }

    [Fact]
    public void A_lone_surrogate_and_controls_in_a_block_are_reported_on_their_line()
    {
        var text = "第一行\n第二\u0001行\uDC00";
        var removed = PerfReport.Syntax.ControlCharacters.Remove(text, SourceSpan.At(5, 12), YamlDotNet.Core.ScalarStyle.Literal, (at, args) =>
        {
            Assert.Equal((7, 1), (at.Line, at.Column));
            Assert.Equal(new object?[] { "U+0001", 7, 2 }, args);
        });
        Assert.Equal("第一行\n第二行", removed);

        // With the block's indentation known, the column is the character's own: 4 spaces, then 第二 (2 characters).
        PerfReport.Syntax.ControlCharacters.Remove(text, SourceSpan.At(5, 12), YamlDotNet.Core.ScalarStyle.Literal, (at, _) => Assert.Equal((7, 7), (at.Line, at.Column)), blockIndent: 4);
    }

    [Theory]
    [InlineData("performance:\n  summary: |\n    第一行。\n    第二行有“某某”。\n", 4, 10)]
    [InlineData("performance:\n  summary: |\n      缩进六格的“某某”。\n", 3, 13)]
    [InlineData("performance:\n  summary: |\n\n    空行之后的“某某”。\n", 4, 11)]
    public void A_finding_inside_a_literal_block_is_placed_at_its_own_line_and_column(string yaml, int line, int column)
    {
        var d = Assert.Single(Yaml.Check(yaml).Diagnostics, d => d.Id == "PR5004");
        Assert.Equal((line, column), (d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Tabs_newlines_and_paired_surrogates_are_ordinary_text()
    {
        var result = Yaml.Check("performance:\n  summary: \"a\\tb\\nc😀\"\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PR1020");
    }

    [Fact]
    public void UTF16_without_a_byte_order_mark_is_not_UTF8()
    {
        var bytes = Encoding.Unicode.GetBytes("year: 2022\ndepartment:\n  name: x\n");
        var result = Compilation.Validate("u16.yaml", bytes, CompilationOptions.Default);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("PR0008", 1, 1), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Null(SourceText.FromUtf8("x", Encoding.BigEndianUnicode.GetBytes("year: 2022")));
        Assert.NotNull(SourceText.FromUtf8("x", Encoding.UTF8.GetBytes("year: 2022")));
    }

    [Fact]
    public void A_list_longer_than_the_loop_limit_is_blamed_on_the_data_at_the_first_extra_item()
    {
        var yaml = Repo.Read("samples", "minimal.yaml");
        var items = string.Concat(Enumerable.Range(0, 10_001).Select(i => $"    - 职责{i}\n"));
        var at = yaml.IndexOf("  duties:", StringComparison.Ordinal);
        var end = yaml.IndexOf("  organization:", StringComparison.Ordinal);
        Assert.True(at >= 0 && end > at);
        var lineOfDuties = yaml[..at].Count(c => c == '\n') + 1;
        yaml = yaml[..at] + "  duties:\n" + items + yaml[end..];
        var result = Yaml.Check(yaml);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "PR1021");
        Assert.Equal(lineOfDuties + 1 + 10_000, d.Span.Line);
        Assert.Equal("basic_info.duties 有 10001 项，超过 10000 项的上限；多出的项不予读取", d.Message);
    }
}
