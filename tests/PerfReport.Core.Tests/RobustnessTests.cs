using PerfReport.Diagnostics;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests;

/// <summary>
/// Damaged copies of the samples (lines dropped, values swapped for text, numbers or empty, lines duplicated) never make
/// the pipeline throw or report an internal error: every one ends in diagnostics, and a report when there are none.
/// The damage is drawn from a fixed seed, so a failure can be reproduced.
/// </summary>
public class RobustnessTests
{
    private static readonly string[] Replacements = ["", "~", "——", "-1", "0", "abc", "1e9", "100%", "[]", "{}", "\"\"", "99999999999999999999"];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var sample in new[] { "2022.yaml", "2022-as-published.yaml", "minimal.yaml" })
        {
            for (var seed = 0; seed < 40; seed++) data.Add(sample, seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_sample_gives_diagnostics_not_exceptions(string sample, int seed)
    {
        var random = new Random(seed);
        var lines = Repo.Read("samples", sample).Split('\n').ToList();
        for (var n = 0; n < 1 + (seed % 4); n++) Damage(lines, random);
        var text = string.Join('\n', lines);

        var result = Compilation.Build(SourceText.From("damaged.yaml", text), CompilationOptions.Default);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticDescriptors.InternalError.Id);
        Assert.Equal(result.HasErrors, result.Docx is null);
    }

    private static void Damage(List<string> lines, Random random)
    {
        var i = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(i);
                break;
            case 1:
                lines.Insert(i, lines[i]);
                break;
            default:
                var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
                if (colon > 0) lines[i] = lines[i][..(colon + 2)] + Replacements[random.Next(Replacements.Length)];
                break;
        }
    }
}
