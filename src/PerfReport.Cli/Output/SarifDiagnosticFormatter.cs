using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Output;

/// <summary>
/// SARIF 2.1.0, written by hand (the SARIF SDK is not available here): one run; the driver has the tool's version, its
/// home page and every rule with its title, its first explanation paragraph and the whole explanation as help; results
/// have relative paths and a fingerprint from code, YAML path and message, unique within the log; suppressed findings
/// are results with an in-source suppression and its reason; inputs that could not be checked make the invocation
/// unsuccessful, each with a notification, so that a missing file never reads as a clean scan.
/// </summary>
internal sealed class SarifDiagnosticFormatter : IDiagnosticFormatter
{
    /// <summary>The official schema's address (the OASIS errata 01 text, which the test validates against).</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public const string FingerprintKey = "perfreport/v1";

    public void Write(DiagnosticReport report, TextWriter output, CliContext context)
    {
        var rules = Rules.All;
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var all = report.Diagnostics.Concat(report.Suppressed).ToList();
        all.Sort(Diagnostic.Compare);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteInvocation(json, report, context);
            json.WriteStartArray("results");
            foreach (var d in all) WriteResult(json, d, index, seen, context);
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        context.Error.WriteLine(TextDiagnosticFormatter.Summary(report));
    }

    /// <summary>The tool's version as built (<c>0.1.0</c>, or <c>0.1.0+commit</c> when the build adds source information).</summary>
    public static string ToolVersion =>
        typeof(SarifDiagnosticFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SarifDiagnosticFormatter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "perfreport");
        json.WriteString("fullName", "PerfReport 部门整体支出绩效自评报告检查与生成工具");
        json.WriteString("version", ToolVersion);
        json.WriteString("semanticVersion", ToolVersion.Split('+')[0]);
        json.WriteString("informationUri", ProductInfo.ProjectUrl);
        json.WriteStartArray("rules");
        foreach (var r in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Id);
            json.WriteString("name", r.Id);
            Text(json, "shortDescription", r.Title);
            Text(json, "fullDescription", FirstSection(r.Explanation));
            json.WriteStartObject("help");
            json.WriteString("text", PlainText(r.Explanation));
            json.WriteString("markdown", r.Explanation);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(r.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", Rules.CategoryName(r.Category));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, DiagnosticReport report, CliContext context)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Failures.Count == 0);
        if (report.Failures.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var failure in report.Failures)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                Text(json, "message", failure.Message);
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", Uri(PathForTools.Relative(failure.Path, context)));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, Dictionary<string, int> index, Dictionary<string, int> seen, CliContext context)
    {
        var path = PathForTools.Relative(d.FilePath, context);
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        if (index.TryGetValue(d.Id, out var i)) json.WriteNumber("ruleIndex", i);
        json.WriteString("level", Level(d.Severity));
        Text(json, "message", d.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(path));
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
        json.WriteString(FingerprintKey, Fingerprint(d, path, seen));
        json.WriteEndObject();
        if (d.SuppressionReason is { } reason)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("justification", reason);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";

    /// <summary>A relative path as a URI reference; a path outside the working directory as a file: URI.</summary>
    private static string Uri(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : System.Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal);

    /// <summary>The explanation without Markdown's headings marks and code fences, for viewers that show plain text.</summary>
    internal static string PlainText(string explanation) =>
        string.Join('\n', explanation.Split('\n')
            .Where(l => !l.TrimStart().StartsWith("```", StringComparison.Ordinal))
            .Select(l => l.StartsWith("## ", StringComparison.Ordinal) ? l[3..] + "：" : l));

    /// <summary>The text of the explanation's first section (“检查内容”), without its heading: what the rule checks.</summary>
    internal static string FirstSection(string explanation)
    {
        var lines = explanation.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith("## ", StringComparison.Ordinal)) + 1;
        var body = lines.Skip(start).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.Trim()).Where(l => l.Length > 0);
        var text = string.Concat(body);
        return text.Length > 0 ? text : explanation.Trim();
    }

    /// <summary>
    /// Code, file, YAML path and message, hashed, so that a finding keeps its fingerprint when lines move; the rare
    /// second finding with all four equal gets its ordinal appended, so that no two results of a log share one.
    /// </summary>
    private static string Fingerprint(Diagnostic d, string path, Dictionary<string, int> seen)
    {
        var where = d.YamlPath.Length > 0 ? d.YamlPath : d.Span.Line.ToString(CultureInfo.InvariantCulture);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{d.Id}|{path}|{where}|{d.Message}")))[..32];
        var n = seen[hash] = seen.GetValueOrDefault(hash) + 1;
        return n == 1 ? hash : $"{hash}:{n.ToString(CultureInfo.InvariantCulture)}";
    }
}
