using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfReport.Model;

namespace PerfReport;

/// <summary>
/// The JSON Schema of the input format (draft-07), as shipped with the tool. It is made from a template
/// (<c>Schema.template.json</c>) in which every choice field says <c>"oneOf": "@vocabulary NAME"</c>: the values the
/// binder accepts, each with its description, come from <see cref="Vocabulary.Choices"/>, the one list the binder
/// reads too. <c>schema/perfreport.schema.json</c> is this text, checked by a test.
/// </summary>
public static partial class Schema
{
    /// <summary>The schema text.</summary>
    public static string Text { get; } = Expand(ReadResource());

    /// <summary>The file name the schema is written under (<c>schema --write</c>, <c>init</c>).</summary>
    public const string FileName = "perfreport.schema.json";

    private static string ReadResource()
    {
        using var stream = typeof(Schema).Assembly.GetManifestResourceStream("PerfReport.schema.template.json")
            ?? throw new InvalidOperationException("schema resource missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    internal static string Expand(string template) => Marker().Replace(template, m =>
    {
        var indent = m.Groups["indent"].Value;
        if (!Vocabulary.Choices.TryGetValue(m.Groups["name"].Value, out var values))
            throw new InvalidOperationException($"schema template names an unknown vocabulary '{m.Groups["name"].Value}'");
        var text = new StringBuilder();
        text.Append(indent).Append("\"oneOf\": [\n");
        for (var i = 0; i < values.Count; i++)
        {
            text.Append(indent).Append("  { \"const\": ").Append(Quote(values[i].Value))
                .Append(", \"description\": ").Append(Quote(values[i].Description)).Append(" }")
                .Append(i + 1 < values.Count ? ",\n" : "\n");
        }

        return text.Append(indent).Append(']').ToString();
    });

    private static string Quote(string value) => "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    [GeneratedRegex("^(?<indent>[ ]*)\"oneOf\": \"@vocabulary (?<name>[a-z_]+)\"", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
