using System.Text.Encodings.Web;
using System.Text.Json;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Output;

/// <summary>
/// One JSON array of diagnostics, with stable field names. A suppressed finding carries <c>"suppressed": true</c> and
/// its <c>suppressionReason</c>; an input that could not be checked is an element with <c>"inputError": true</c>, so
/// that a missing file never looks like a clean file.
/// </summary>
internal sealed class JsonDiagnosticFormatter : IDiagnosticFormatter
{
    public void Write(DiagnosticReport report, TextWriter output, CliContext context)
    {
        var all = report.Diagnostics.Concat(report.Suppressed).ToList();
        all.Sort(Diagnostic.Compare);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var failure in report.Failures)
            {
                json.WriteStartObject();
                json.WriteNull("id");
                json.WriteString("severity", "error");
                json.WriteString("message", failure.Message);
                json.WriteString("path", failure.Path);
                json.WriteBoolean("inputError", true);
                json.WriteEndObject();
            }

            foreach (var d in all) WriteOne(json, d);
            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes the diagnostics as a JSON array (also embedded in <c>score --format json</c>).</summary>
    public static void WriteArray(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartArray();
        foreach (var d in diagnostics) WriteOne(json, d);
        json.WriteEndArray();
    }

    private static void WriteOne(Utf8JsonWriter json, Diagnostic d)
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
        if (d.SuppressionReason is { } reason)
        {
            json.WriteBoolean("suppressed", true);
            json.WriteString("suppressionReason", reason);
        }

        json.WriteEndObject();
    }
}
