using System.Text.Encodings.Web;
using System.Text.Json;
using PerfReport.Diagnostics;
using PerfReport.Scoring;

namespace PerfReport.Cli.Output;

/// <summary>The scoring sheet as one JSON object on stdout, with the diagnostics in it, so that stdout holds one document.</summary>
internal static class ScoreSheetJson
{
    public static void Write(string file, ScoreSheet? sheet, IReadOnlyList<Diagnostic> diagnostics, CliContext context) =>
        Write([(file, sheet, diagnostics)], many: false, context);

    /// <summary>One object for a single file; an array of them when the command line named several files, a folder or a pattern.</summary>
    public static void Write(IReadOnlyList<(string File, ScoreSheet? Sheet, IReadOnlyList<Diagnostic> Diagnostics)> files, bool many, CliContext context)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (many) json.WriteStartArray();
            foreach (var (file, sheet, diagnostics) in files)
            {
                json.WriteStartObject();
                json.WriteString("file", file);
                if (sheet is null) json.WriteNull("sheet");
                else WriteSheet(json, sheet);
                json.WritePropertyName("diagnostics");
                JsonDiagnosticFormatter.WriteArray(json, diagnostics);
                json.WriteEndObject();
            }

            if (many) json.WriteEndArray();
        }

        context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteSheet(Utf8JsonWriter json, ScoreSheet sheet)
    {
        json.WriteStartObject("sheet");
        json.WriteStartObject("profile");
        json.WriteString("name", sheet.ProfileName);
        json.WriteString("title", sheet.ProfileTitle);
        json.WriteEndObject();
        json.WriteStartArray("groups");
        foreach (var g in sheet.Groups)
        {
            json.WriteStartObject();
            json.WriteString("name", g.Name);
            Number(json, "weight", g.Weight);
            json.WriteString("weightSource", g.WeightSource);
            Number(json, "indicatorWeight", g.IndicatorWeight);
            Number(json, "score", g.Score);
            json.WriteStartArray("categories");
            foreach (var c in g.Categories)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Name);
                Number(json, "weight", c.Weight);
                Number(json, "score", c.Score);
                json.WriteStartArray("indicators");
                foreach (var i in c.Indicators) WriteIndicator(json, i);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteFunds(json, sheet.Funds);
        Number(json, "total", sheet.Total);
        Number(json, "scoredSum", sheet.ScoredSum);
        Number(json, "maxTotal", sheet.MaxTotal);
        Text(json, "grade", sheet.Grade);
        Number(json, "statedTotal", sheet.StatedTotal);
        if (sheet.StatedGrade is null) json.WriteNull("statedGrade");
        else json.WriteString("statedGrade", sheet.StatedGrade);
        json.WriteBoolean("complete", sheet.Complete);
        json.WriteStartArray("unscored");
        foreach (var i in sheet.Unscored) json.WriteStringValue(i.YamlPath);
        if (sheet.FundsUnscored) json.WriteStringValue("self_evaluation.funds");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter json, IndicatorScore i)
    {
        json.WriteStartObject();
        json.WriteString("name", i.Name);
        json.WriteString("yamlPath", i.YamlPath);
        json.WriteNumber("line", i.Span.Line);
        if (i.Kind is { } k) json.WriteString("kind", ScoreNames.Code(k));
        else json.WriteNull("kind");
        json.WriteString("kindLabel", i.Kind is { } l ? ScoreNames.Label(l) : "");
        json.WriteString("why", i.KindReason);
        Text(json, "target", i.Target);
        Text(json, "actual", i.Actual);
        Number(json, "weight", i.Weight);
        Number(json, "computed", i.Computed);
        Number(json, "stated", i.Stated);
        Number(json, "score", i.Score);
        json.WriteString("basis", ScoreNames.Code(i.Basis));
        if (i.Band is { } band)
        {
            json.WriteStartObject("band");
            json.WriteString("grade", band.Grade);
            Number(json, "low", band.Low);
            Number(json, "high", band.High);
            json.WriteBoolean("highInclusive", band.HighInclusive);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("band");
        }

        json.WriteString("working", i.Working);
        json.WriteBoolean("overAchieved", i.OverAchieved);
        json.WriteEndObject();
    }

    private static void WriteFunds(Utf8JsonWriter json, FundsScore? f)
    {
        if (f is null)
        {
            json.WriteNull("funds");
            return;
        }

        json.WriteStartObject("funds");
        Number(json, "budget", f.Budget);
        Number(json, "executed", f.Executed);
        Number(json, "ratePercent", f.RatePercent);
        Number(json, "weight", f.Weight);
        Number(json, "computed", f.Computed);
        Number(json, "stated", f.Stated);
        Number(json, "score", f.Score);
        json.WriteString("basis", ScoreNames.Code(f.Basis));
        json.WriteString("working", f.Working);
        json.WriteEndObject();
    }

    /// <summary>Writes a decimal as printed (no trailing zeros), or null.</summary>
    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        json.WritePropertyName(name);
        if (value is { } v) json.WriteRawValue(ScoreNames.Format(v));
        else json.WriteNullValue();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
