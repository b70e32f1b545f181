using System.Text;
using BenchmarkDotNet.Attributes;
using PerfReport.Text;

namespace PerfReport.Benchmarks;

/// <summary>
/// Validate time against the length of one paragraph (issue 9: every text rule linear in the text length). The
/// minimal sample's <c>performance.summary</c> becomes one line of <see cref="Length"/> characters: <c>repeated</c>
/// ("本年度" over and over: doubled phrases everywhere), <c>distinct</c> (random ideographs: none) or
/// <c>punctuated</c> (half-width marks and "（一）、" numbering throughout). Linear rules give a straight line
/// from 10 K to 1.4 M characters; 1.4 M is what fits under the 4 MiB input limit.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TextRulesBenchmarks
{
    private SourceText source = SourceText.From("unset", "");

    [Params(10_000, 100_000, 400_000, 1_400_000)]
    public int Length { get; set; } = 10_000;

    [Params("repeated", "distinct", "punctuated")]
    public string Kind { get; set; } = "repeated";

    [GlobalSetup]
    public void Setup() => source = SourceText.From("long.yaml", Report(Kind, Length));

    [Benchmark]
    public int Validate() => Compilation.Validate(source, CompilationOptions.Default).Diagnostics.Count;

    /// <summary>The minimal sample with its summary replaced by one paragraph (the same text as the test's).</summary>
    public static string Report(string kind, int length)
    {
        var sample = File.ReadAllText(Repository.PathOf("samples/minimal.yaml"));
        var start = sample.IndexOf("performance:", StringComparison.Ordinal);
        var lines = sample[start..].Split('\n');
        var next = Array.FindIndex(lines, 1, l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && !l.StartsWith('#'));
        var tail = next < 0 ? "" : string.Join('\n', lines[next..]);
        return sample[..start] + "performance:\n  summary: " + Paragraph(kind, length) + "\n" + tail;
    }

    private static string Paragraph(string kind, int length)
    {
        var b = new StringBuilder(length + 16);
        var random = new Random(7);
        while (b.Length < length)
        {
            switch (kind)
            {
                case "repeated":
                    b.Append("本年度");
                    break;
                case "punctuated":
                    b.Append("工作:会员服务,（一）、");
                    break;
                default:
                    b.Append((char)random.Next(0x4E00, 0x9FA5));
                    break;
            }
        }

        return b.ToString(0, length);
    }
}
