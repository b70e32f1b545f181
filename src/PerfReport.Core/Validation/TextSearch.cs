using PerfReport.Text;

namespace PerfReport.Validation;

/// <summary>Looks for phrases in the narrative and finds the line they stand on.</summary>
internal static class TextSearch
{
    /// <summary>True when <paramref name="text"/> contains every one of <paramref name="words"/>.</summary>
    public static bool ContainsAll(Located<string>? text, params string[] words) =>
        text is not null && words.All(w => text.Value.Contains(w, StringComparison.Ordinal));

    /// <summary>True when any of the texts contains any of the words.</summary>
    public static bool AnyContainsAny(IEnumerable<Located<string>?> texts, IEnumerable<string> words) =>
        texts.Any(t => t is not null && words.Any(w => t.Value.Contains(w, StringComparison.Ordinal)));

    /// <summary>
    /// The span of the line where <paramref name="phrase"/> stands. A block text (<c>|</c>) starts on the line after its
    /// indicator, one value line per source line; otherwise, or when the phrase is absent, the text's own span.
    /// </summary>
    public static SourceSpan LineOf(Located<string> text, string phrase)
    {
        var index = text.Value.IndexOf(phrase, StringComparison.Ordinal);
        return index < 0 || text.Span.EndLine <= text.Span.Line ? text.Span : DepartmentText.At(text, index);
    }
}
