using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace PerfReport.Syntax;

/// <summary>One YAML comment: where its <c>#</c> stands (1-based) and its text after the <c>#</c>.</summary>
internal sealed record YamlComment(int Line, int Column, string Text);

/// <summary>Reads the comments of a YAML text with the scanner (the parser drops them).</summary>
internal static class YamlComments
{
    private const int MaxTokensWithoutProgress = 10_000;

    /// <summary>
    /// Every comment, in order; reading stops quietly where the scanner fails (the loader has reported why). The scanner
    /// either throws or, for some faults (a <c>...</c> document end inside a mapping), yields an <see cref="Error"/>
    /// token again and again without moving on: both end the reading, and so does a token that does not advance.
    /// </summary>
    public static IReadOnlyList<YamlComment> Read(string text)
    {
        var found = new List<YamlComment>();
        try
        {
            var scanner = new Scanner(new StringReader(text), skipComments: false);
            var last = -1L;
            var still = 0;
            while (scanner.MoveNext())
            {
                var token = scanner.Current;
                if (token is null or Error) break;

                // Tokens of zero width (block ends, keys) may share a position; a run of them longer than any
                // nesting the loader accepts means the scanner is stuck.
                if (token.End.Index <= last && ++still > MaxTokensWithoutProgress) break;
                if (token.End.Index > last) (last, still) = (token.End.Index, 0);
                if (token is Comment c)
                    found.Add(new YamlComment((int)c.Start.Line, (int)c.Start.Column, c.Value));
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The tree builder met the same fault and reported it; the comments before it are kept.
        }

        return found;
    }
}
