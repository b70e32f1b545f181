using System.Text.Encodings.Web;
using System.Text.Json;
using PerfReport.Diagnostics;
using PerfReport.Summary;

namespace PerfReport.Cli.Output;

/// <summary>The summary as one JSON object on stdout: the reports, the totals and every diagnostic (stable field names).</summary>
internal static class SummaryJson
{
    public static void Write(IReadOnlyList<ReportSummary> reports, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("reports");
            foreach (var r in reports) WriteReport(json, r);
            json.WriteEndArray();
            var totals = SummaryTotals.Of(reports);
            json.WriteStartObject("totals");
            json.WriteNumber("reports", totals.Reports);
            Number(json, "incomeTotal", totals.IncomeTotal);
            Number(json, "expenditureTotal", totals.ExpenditureTotal);
            Number(json, "executionRatePercent", totals.ExecutionRatePercent);
            json.WriteNumber("errors", totals.Errors);
            json.WriteNumber("warnings", totals.Warnings);
            json.WriteEndObject();
            var all = reports.SelectMany(r => r.Diagnostics).ToList();
            all.Sort(Diagnostic.Compare);
            json.WritePropertyName("diagnostics");
            JsonDiagnosticFormatter.WriteArray(json, all);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteReport(Utf8JsonWriter json, ReportSummary r)
    {
        json.WriteStartObject();
        json.WriteString("path", r.Path);
        if (r.Department is { } d) json.WriteString("department", d);
        else json.WriteNull("department");
        if (r.Year is { } y) json.WriteNumber("year", y);
        else json.WriteNull("year");
        Number(json, "incomeTotal", r.IncomeTotal);
        Number(json, "expenditureTotal", r.ExpenditureTotal);
        Number(json, "executionRatePercent", r.ExecutionRatePercent);
        Number(json, "score", r.Score);
        if (r.Grade is { } g) json.WriteString("grade", g);
        else json.WriteNull("grade");
        json.WriteNumber("errors", r.Errors);
        json.WriteNumber("warnings", r.Warnings);
        if (r.FirstError is { } e)
        {
            json.WriteStartObject("firstError");
            json.WriteString("id", e.Id);
            json.WriteNumber("line", e.Span.Line);
            json.WriteNumber("column", e.Span.Column);
            json.WriteString("message", e.Message);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("firstError");
        }

        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
