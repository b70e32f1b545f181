using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace PerfReport.Syntax;

/// <summary>One YAML comment: where its <c>#</c> stands (1-based) and its text after the <c>#</c>.</summary>
internal sealed record YamlComment(int Line, int Column, string Text);

/// <summary>Reads the comments of a YAML text with the scanner (the parser drops them).</summary>
internal static class YamlComments
{
    /// <summary>Every comment, in order; reading stops quietly where the scanner fails (the loader has reported why).</summary>
    public static IReadOnlyList<YamlComment> Read(string text)
    {
        var found = new List<YamlComment>();
        try
        {
            var scanner = new Scanner(new StringReader(text), skipComments: false);
            while (scanner.MoveNext())
            {
                if (scanner.Current is Comment c)
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
