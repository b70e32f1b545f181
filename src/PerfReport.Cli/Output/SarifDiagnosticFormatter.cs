using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Output;

/// <summary>
/// SARIF 2.1.0, written by hand (the SARIF SDK is not available here): one run, every rule in the driver with a stable
/// id, results with relative paths and a fingerprint from code, file and YAML path, so code scanning can de-duplicate.
/// </summary>
internal sealed class SarifDiagnosticFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, CliContext context)
    {
        var rules = Rules.All;
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartArray("results");
            foreach (var d in diagnostics) WriteResult(json, d, index, context);
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        context.Out.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        context.Error.WriteLine(TextDiagnosticFormatter.Summary(diagnostics));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "perfreport");
        json.WriteString("semanticVersion", typeof(Rules).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var r in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", r.Title);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", r.Explanation);
            json.WriteString("markdown", r.Explanation);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(r.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, Dictionary<string, int> index, CliContext context)
    {
        var path = PathForTools.Relative(d.FilePath, context);
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        if (index.TryGetValue(d.Id, out var i)) json.WriteNumber("ruleIndex", i);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", d.Span.Line);
        json.WriteNumber("startColumn", d.Span.Column);
        json.WriteNumber("endLine", Math.Max(d.Span.EndLine, d.Span.Line));
        json.WriteNumber("endColumn", d.Span.EndLine > d.Span.Line ? d.Span.EndColumn : Math.Max(d.Span.EndColumn, d.Span.Column));
        json.WriteEndObject();
        json.WriteEndObject();
        if (d.YamlPath.Length > 0)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", d.YamlPath);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("perfreport/v1", Fingerprint(d, path));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";

    private static string Fingerprint(Diagnostic d, string path)
    {
        var where = d.YamlPath.Length > 0 ? d.YamlPath : d.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{d.Id}|{path}|{where}")))[..32];
    }
}
