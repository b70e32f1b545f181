using System.Xml.Linq;

namespace PerfReport.Rendering.WordTemplates;

/// <summary>What a tag does to the document's structure.</summary>
internal enum TagKind
{
    /// <summary>Prints a value, or runs a statement that prints nothing (<c>{{ x = 1 }}</c>).</summary>
    Expression,

    /// <summary><c>{{ merge expr }}</c>: prints the value and merges equal cells of its column vertically.</summary>
    Merge,

    /// <summary>for, if, while, case, with, capture: opens a block closed by end.</summary>
    Open,

    /// <summary>else, else if, when: divides a block.</summary>
    Middle,

    /// <summary>end.</summary>
    Close,
}

/// <summary>One tag of a Word template: where it is, as typed, and the Scriban code it stands for.</summary>
internal sealed class TemplateTag(RunNormalizer.Found found, int order, string place)
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "for", "if", "while", "case", "with", "capture", "tablerow" };
    private static readonly HashSet<string> Middles = new(StringComparer.Ordinal) { "else", "when" };

    public XElement Run { get; } = found.Run;

    public XElement Paragraph { get; } = found.Paragraph;

    /// <summary>The tag as typed, "{{ for p in projects }}".</summary>
    public string Text { get; } = found.Text;

    /// <summary>Its position among the part's tags.</summary>
    public int Order { get; } = order;

    /// <summary>"表2 第3行 第2列", "第5段".</summary>
    public string Place { get; } = place;

    /// <summary>The code between the braces, whitespace-control marks removed (they would trim markup, not text).</summary>
    public string Code { get; } = found.Text[2..^2].Trim().TrimStart('-', '~').TrimEnd('-', '~').Trim();

    public string Keyword => Code.Split([' ', '\t', '('], 2)[0];

    public TagKind Kind => Keyword switch
    {
        "end" => TagKind.Close,
        "merge" => TagKind.Merge,
        _ when Openers.Contains(Keyword) => TagKind.Open,
        _ when Middles.Contains(Keyword) => TagKind.Middle,
        _ => TagKind.Expression,
    };

    /// <summary>The Scriban code the generated template holds for this tag.</summary>
    public string Scriban => Kind == TagKind.Merge ? Code["merge".Length..].Trim() : Code;

    /// <summary>"表2 第3行 第2列的 {{ for p in projects }}".</summary>
    public string Describe() => $"{Place}的 {Text}";
}
