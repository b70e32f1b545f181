using System.Diagnostics;
using System.Globalization;
using System.Text;
using PerfReport.Diagnostics;
using PerfReport.TestKit;

namespace PerfReport.Tests.Security;

/// <summary>
/// Mutates the three samples the way hostile or damaged files differ from good ones, and builds each: no exception,
/// no internal error (PR9901), no input over a second. The seed is fixed, so a failure names the case that reproduces
/// it. CI runs <see cref="DefaultCount"/> inputs; <c>PERFREPORT_FUZZ_COUNT=100000</c> (see bench/README.md) runs more,
/// <c>PERFREPORT_FUZZ_SEED</c> another sequence.
/// </summary>
public class FuzzTests
{
    public const int DefaultCount = 2000;
    private static readonly string[] Samples = ["2022.yaml", "2022-as-published.yaml", "minimal.yaml"];

    private static readonly string[] Extremes =
    [
        "1e-25", "79228162514264337593543950335", "-79228162514264337593543950335", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "1e400", ".inf", "-.inf", ".nan", "-0", "0x1F", "1_000", "9999999999999999.99",
        "100000000000000%", "1e-25%", "-0%", "", "~", "——", "\"\"", "[]", "{}", "0.005", "1.005", "-1e-28",
    ];

    private static readonly string[] Injections =
    [
        "\"\\0\"", "\"\\e[31m红\"", "\"\\u202E反\"", "\"\\uD800\"", "\"\\uFFFE\"", "\"a\\nb\\rc\"", "{", "[", "{a: [1, {b: ",
        "&a x", "*a", "<<: *a", "!!str 1", "!!binary AAAA", "!custom x", "? [a, b]\n: c", "|", ">-", "'unclosed", "\"unclosed",
        "- - - - - - - - - -", "a: b: c", "%YAML 1.1", "---", "...",
    ];

    [Fact]
    public void Mutated_samples_never_throw_never_report_an_internal_error_and_finish_in_a_second()
    {
        var count = Setting("PERFREPORT_FUZZ_COUNT", DefaultCount);
        var seed = Setting("PERFREPORT_FUZZ_SEED", 20261203);
        var samples = Samples.Select(s => Encoding.UTF8.GetBytes(Repo.Read("samples", s))).ToArray();
        var failures = new List<string>();
        var limit = TimeSpan.FromSeconds(1);
        for (var n = 0; n < count && failures.Count < 10; n++)
        {
            var input = Mutate(samples, new Random(HashCode.Combine(seed, n)));
            var (problem, elapsed) = Run(input);

            // A slow case is timed a second time, so that a busy machine alone does not fail the run.
            if (problem is null && elapsed > limit) (problem, elapsed) = Run(input);
            if (problem is null && elapsed > limit) problem = $"took {elapsed.TotalMilliseconds:0} ms";
            if (problem is not null) failures.Add($"case {n} (seed {seed}): {problem}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (string? Problem, TimeSpan Elapsed) Run(byte[] input)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var result = Compilation.Build("fuzz.yaml", input, CompilationOptions.Default);
            watch.Stop();
            if (result.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticDescriptors.InternalError.Id) is { } internalError) return (internalError.Message, watch.Elapsed);
            if (result.HasErrors == (result.Docx is not null)) return ("errors and a document, or neither", watch.Elapsed);
            return (null, watch.Elapsed);
        }
        catch (Exception e)
        {
            return ($"{e.GetType().Name}: {e.Message}", watch.Elapsed);
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    /// <summary>One to four mutations of one sample.</summary>
    internal static byte[] Mutate(byte[][] samples, Random random)
    {
        var bytes = samples[random.Next(samples.Length)];
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var rounds = 1 + random.Next(4);
        byte[]? raw = null;
        for (var r = 0; r < rounds; r++)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0:
                    lines.RemoveAt(i);
                    if (lines.Count == 0) lines.Add("");
                    break;
                case 1:
                    for (var k = random.Next(1, 4); k > 0; k--) lines.Insert(i, lines[i]);
                    break;
                case 2:
                    lines[i] = ReplaceValue(lines[i], Extremes[random.Next(Extremes.Length)]);
                    break;
                case 3:
                    lines[i] = ReplaceValue(lines[i], Injections[random.Next(Injections.Length)]);
                    break;
                case 4:
                    lines.Insert(i, new string(' ', random.Next(0, 6)) + Injections[random.Next(Injections.Length)]);
                    break;
                case 5:
                    // An anchor on one value and aliases and merge keys elsewhere.
                    lines[i] = ReplaceValue(lines[i], "&x " + Extremes[random.Next(Extremes.Length)]);
                    var j = random.Next(lines.Count);
                    lines[j] = random.Next(2) == 0 ? ReplaceValue(lines[j], "*x") : Indent(lines[j]) + "<<: *x";
                    break;
                case 6:
                    lines.RemoveRange(i, lines.Count - i);
                    if (lines.Count == 0) lines.Add("");
                    break;
                default:
                    raw = Encoding.UTF8.GetBytes(string.Join('\n', lines));
                    for (var k = random.Next(1, 6); k > 0 && raw.Length > 0; k--) raw[random.Next(raw.Length)] ^= (byte)(1 << random.Next(8));
                    lines = [.. Encoding.UTF8.GetString(raw).Split('\n')];
                    break;
            }
        }

        // A byte flip may leave invalid UTF-8, which must be refused as such: keep the raw bytes of the last flip.
        var text = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return raw is not null && random.Next(2) == 0 ? raw : text;
    }

    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0) return line[..(colon + 2)] + value;
        var dash = line.IndexOf("- ", StringComparison.Ordinal);
        return dash >= 0 ? line[..(dash + 2)] + value : Indent(line) + value;
    }

    private static string Indent(string line) => line[..(line.Length - line.TrimStart(' ').Length)];
}
