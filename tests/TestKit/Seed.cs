using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfReport.TestKit;

/// <summary>The published seed report, cut into the passages and figures the coverage tests look for.</summary>
internal static partial class Seed
{
    /// <summary>The seed lives outside the repository, in <c>../shared/seed/</c> beside the clone (as CI has it).</summary>
    public static string Location { get; } = Repo.File("..", "shared", "seed", "000_455491094229b3d7.txt");

    private static readonly Lazy<string?> Cached = new(() => File.Exists(Location) ? File.ReadAllText(Location) : null);

    /// <summary>The seed's text; skips the calling <c>[SkippableFact]</c>, with the reason, when the seed is not beside the clone.</summary>
    public static string Text
    {
        get
        {
            Skip.If(Cached.Value is null, $"the seed report is not beside this clone ({Path.GetFullPath(Location)}); it is compared only where ../shared/seed/ exists, as in CI");
            return Cached.Value!;
        }
    }

    /// <summary>The seed's sentences with at least 6 Chinese characters, white space and leading list numbers removed.</summary>
    public static IEnumerable<string> Passages(Func<string, string> normalize) =>
        Sentence().Split(Text)
            .Select(p => ListNumber().Replace(normalize(p), ""))
            .Where(p => Cjk().Count(p) >= 6);

    /// <summary>Every number written in <paramref name="text"/>, as decimals.</summary>
    public static IEnumerable<decimal> Numbers(string text) =>
        Number().Matches(text).Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture));

    public static string RemoveWhitespace(string text) => Whitespace().Replace(text, "");

    /// <summary>Every number in its shortest form (99.20 → 99.2).</summary>
    public static string CanonicalNumbers(string text) =>
        Number().Replace(text, m => decimal.Parse(m.Value, CultureInfo.InvariantCulture).ToString("0.############", CultureInfo.InvariantCulture));

    [GeneratedRegex(@"[。；！？\n]")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(（[一二三四五六七八九十]+）、?|[0-9]+、|（[0-9]+）、?|[一二三四五六七八九十]+、)")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Cjk();
}
