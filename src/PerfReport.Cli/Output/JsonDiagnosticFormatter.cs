using System.Text.Encodings.Web;
using System.Text.Json;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Output;

/// <summary>One JSON array of diagnostics on stdout, with stable field names.</summary>
internal sealed class JsonDiagnosticFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, CliContext context)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteArray(json, diagnostics);

        context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes the diagnostics as a JSON array (also embedded in <c>score --format json</c>).</summary>
    public static void WriteArray(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartArray();
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("severity", TextDiagnosticFormatter.SeverityName(d.Severity));
            json.WriteString("message", d.Message);
            json.WriteString("path", d.FilePath);
            json.WriteNumber("line", d.Span.Line);
            json.WriteNumber("column", d.Span.Column);
            json.WriteNumber("endLine", d.Span.EndLine);
            json.WriteNumber("endColumn", d.Span.EndColumn);
            json.WriteString("yamlPath", d.YamlPath);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
