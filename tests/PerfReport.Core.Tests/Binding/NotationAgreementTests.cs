using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using PerfReport.Diagnostics;
using PerfReport.Syntax;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Binding;

/// <summary>
/// The binder (what <c>perfreport</c> accepts) and the JSON Schema (what an editor accepts) agree on every spelling of
/// a number, percentage, integer and table cell: each spelling of the corpus is put into each kind of field and both
/// must accept it or both refuse it. The editor sees YAML through YAML 1.2's core schema, which <see cref="ToJson"/>
/// follows: a plain scalar that reads as a number is a number, a quoted one is text.
/// </summary>
public partial class NotationAgreementTests
{
    private static readonly JsonSchema SchemaDocument = JsonSchema.FromText(Repo.Read("schema", "perfreport.schema.json"));

    /// <summary>A kind of field: its YAML path and a file with the value written in it.</summary>
    private sealed record Field(string Path, Func<string, string> Yaml);

    private const string Head = "year: 2022\ndepartment: { name: 某局 }\n";

    private static readonly Field[] Fields =
    [
        new("income.total", v => Head + $"income:\n  total: {v}\n"),
        new("income.sources[0].amount", v => Head + $"income:\n  sources:\n    - name: 财政拨款\n      amount: {v}\n"),
        new("budget_vs_final.reasons[0].amount", v => Head + $"budget_vs_final:\n  reasons:\n    - text: 项目延期\n      amount: {v}\n"),
        new("self_evaluation.funds.weight", v => Head + $"self_evaluation:\n  funds:\n    weight: {v}\n"),
        new("self_evaluation.funds.execution_rate", v => Head + $"self_evaluation:\n  funds:\n    execution_rate: {v}\n"),
        new("income.sources[0].breakdown[0].share", v => Head + $"income:\n  sources:\n    - name: 财政拨款\n      amount: 5\n      breakdown:\n        - {{ name: 工资, amount: 5, share: {v} }}\n"),
        new("basic_data_table.staff_control_rate", v => Head + $"basic_data_table:\n  staff_control_rate: {v}\n"),
        new("basic_data_table.buildings.area_control_rate", v => Head + $"basic_data_table:\n  buildings:\n    area_control_rate: {v}\n"),
        new("basic_data_table.funds.total.actual", v => Head + $"basic_data_table:\n  funds:\n    total:\n      actual: {v}\n"),
        new("self_evaluation.funds.by_income.other", v => Head + $"self_evaluation:\n  funds:\n    by_income:\n      other: {v}\n"),
        new("year", v => $"year: {v}\ndepartment: {{ name: 某局 }}\n"),
        new("basic_info.staffing.authorized", v => Head + $"basic_info:\n  staffing:\n    authorized: {v}\n"),
    ];

    /// <summary>Spellings as typed in the YAML file (quotes included).</summary>
    private static readonly string[] Spellings =
    [
        "107.49", "0", "5", "+5", ".5", "5.", "0080", "1e3", "1.5E2", "0x10", "0o17", "-5", "-1.5", "5.0", "2022", "2022.0", "+2022", "0x7E6", "5.123",
        "\"107.49\"", "'5'", "\"2022\"", "107.49万元", "80,000.00", "\"80,000.00\"", "80，000.00", "８０．００", "２０２２", "2022年",
        "一百", "abc", "true", "1_000", "1:20", "0b101",
        "100%", "81.14%", "81.14 %", "81.14％", "\"81.14%\"", "８１．１４％", "100", "0.8114", "81.14%%", "-5%", "'%81'",
        "——", "—", "--", "\"——\"", "' —— '", "－－", "\"\"", "' '", "~", "null", "",
    ];

    public static TheoryData<string> Corpus() => new(Spellings);

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Binder_and_schema_accept_the_same_spellings(string spelling)
    {
        var disagreements = new List<string>();
        foreach (var field in Fields)
        {
            var yaml = field.Yaml(spelling);
            var schemaAccepts = SchemaAccepts(yaml);
            var errors = Yaml.Check(yaml).Diagnostics
                .Where(d => d.Severity == Severity.Error && d.Id[2] is '0' or '1' && !Yaml.IsCompleteness(d))
                .ToList();
            if (schemaAccepts != (errors.Count == 0))
                disagreements.Add($"{field.Path}: schema {(schemaAccepts ? "accepts" : "refuses")}, binder {(errors.Count == 0 ? "accepts" : "refuses: " + Yaml.Show(errors))}");
        }

        Assert.True(disagreements.Count == 0, $"{spelling}\n{string.Join("\n", disagreements)}");
    }

    [Fact]
    public void The_corpus_has_spellings_each_side_accepts_and_refuses_in_every_field()
    {
        // Guards the corpus itself: a field where every spelling passed (or failed) would prove nothing.
        foreach (var field in Fields)
        {
            var accepted = Spellings.Count(s => SchemaAccepts(field.Yaml(s)));
            Assert.InRange(accepted, 1, Spellings.Length - 3);
        }
    }

    [Theory]
    [InlineData("income:\n  total: 80,000.00\n", "PR1004", "\"income.total\" 应为数字，这里写的是 \"80,000.00\"；数字中不要写千位分隔符：80000.00")]
    [InlineData("income:\n  total: ８０．００\n", "PR1004", "\"income.total\" 应为数字，这里写的是 \"８０．００\"；请用半角数字：80.00")]
    [InlineData("income:\n  total: \"80.00\"\n", "PR1004", "\"income.total\" 应为数字，这里写的是 \"80.00\"；数字不要加引号：80.00")]
    [InlineData("income:\n  total: ８０，０００.５\n", "PR1004", "\"income.total\" 应为数字，这里写的是 \"８０，０００.５\"；请用半角数字：80000.5")]
    [InlineData("income:\n  total: 107.49万元\n", "PR1004", "\"income.total\" 应为数字，这里写的是 \"107.49万元\"；请只写数字 107.49（“万元”不用写，金额单位统一为万元）")]
    [InlineData("basic_info:\n  staffing:\n    authorized: ５\n", "PR1008", "\"basic_info.staffing.authorized\" 应为整数（人数），这里是 \"５\"；请用半角数字：5")]
    [InlineData("basic_info:\n  staffing:\n    authorized: '5'\n", "PR1008", "\"basic_info.staffing.authorized\" 应为整数（人数），这里是 \"5\"；数字不要加引号：5")]
    [InlineData("basic_info:\n  staffing:\n    authorized: 5.5\n", "PR1008", "\"basic_info.staffing.authorized\" 应为整数（人数），这里是 \"5.5\"")]
    [InlineData("self_evaluation:\n  funds:\n    execution_rate: ８１．１４％\n", "PR1006", "\"self_evaluation.funds.execution_rate\" 应写成百分比，例如 81.14%，这里是 \"８１．１４％\"；请写成 81.14%")]
    [InlineData("self_evaluation:\n  funds:\n    execution_rate: 81.14\n", "PR1006", "\"self_evaluation.funds.execution_rate\" 应写成百分比，例如 81.14%，这里是 \"81.14\"；请加上百分号：81.14%")]
    public void Hints_quote_the_corrected_value(string fragment, string id, string message)
    {
        var yaml = Head + fragment;
        var d = Assert.Single(Yaml.Check(yaml).Diagnostics, d => d.Id[2] is '0' or '1' && !Yaml.IsCompleteness(d));
        Assert.Equal(id, d.Id);
        var lastLine = yaml.TrimEnd('\n').Split('\n');
        Assert.Equal(lastLine.Length, d.Span.Line);
        Assert.Equal(lastLine[^1].IndexOf(':', StringComparison.Ordinal) + 3, d.Span.Column);
        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("1e3", 1000)]
    [InlineData("0x10", 16)]
    [InlineData("+5", 5)]
    [InlineData(".5", 0.5)]
    [InlineData("0080", 80)]
    public void A_plain_number_has_the_value_YAML_gives_it(string spelling, double expected)
    {
        var r = Yaml.Check(Head + $"income:\n  total: {spelling}\n");
        Assert.Equal((decimal)expected, r.Model!.Income!.Total!.Value);
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every field the schema documents as “不适用写——”, found by walking the schema from its root.</summary>
    public static TheoryData<string> NotApplicablePlaces() => new(Places());

    private static List<string> Places()
    {
        var schema = JsonNode.Parse(Repo.Read("schema", "perfreport.schema.json"))!.AsObject();
        var places = new List<string>();
        Walk(schema, "", schema, places);
        return places;
    }

    [Fact]
    public void Every_cell_of_the_two_tables_is_a_not_applicable_place()
    {
        var places = Places();
        Assert.Contains("basic_data_table.staff_control_rate", places);
        Assert.Contains("basic_data_table.funds.special_projects[0].actual", places);
        Assert.Contains("self_evaluation.funds.by_expenditure.project", places);
        Assert.True(places.Count >= 30, string.Join("\n", places));
    }

    [Theory]
    [MemberData(nameof(NotApplicablePlaces))]
    public void A_dash_is_accepted_wherever_the_schema_says_not_applicable_is_written_so(string path)
    {
        foreach (var dash in new[] { "——", "—", "--" })
        {
            var json = Document(path, dash);
            Assert.True(SchemaAccepts(json), $"schema refuses {dash} at {path}");
            var errors = Yaml.Check(json).Diagnostics.Where(d => d.Severity == Severity.Error && d.Id[2] is '0' or '1' && !Yaml.IsCompleteness(d)).ToList();
            Assert.True(errors.Count == 0, $"{path}: {Yaml.Show(errors)}");
        }
    }

    private static void Walk(JsonObject schema, string path, JsonNode node, List<string> places)
    {
        node = Resolve(schema, node);
        if (node["items"] is { } items)
        {
            Walk(schema, path + "[0]", items, places);
            return;
        }

        foreach (var (key, property) in node["properties"]?.AsObject() ?? new JsonObject())
        {
            var at = path.Length == 0 ? key : $"{path}.{key}";
            var description = property!["description"]?.GetValue<string>() ?? "";
            var reference = property["$ref"]?.GetValue<string>() ?? "";
            if (reference is "#/definitions/cell" or "#/definitions/percent_cell" || description.Contains("不适用写“——”", StringComparison.Ordinal))
                places.Add(at);
            else
                Walk(schema, at, property, places);
        }
    }

    private static JsonNode Resolve(JsonObject schema, JsonNode node) =>
        node["$ref"]?.GetValue<string>() is { } r ? schema["definitions"]![r["#/definitions/".Length..]]! : node;

    /// <summary>A JSON document (which is YAML) with <paramref name="value"/> at <paramref name="path"/> and the required keys around it.</summary>
    private static string Document(string path, string value)
    {
        var root = new JsonObject { ["year"] = 2022, ["department"] = new JsonObject { ["name"] = "某局" } };
        JsonNode current = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var key = parts[i].Replace("[0]", "", StringComparison.Ordinal);
            var last = i == parts.Length - 1;
            JsonNode next = last ? JsonValue.Create(value) : new JsonObject { ["name"] = "某项" };
            if (!last && !parts[i].EndsWith("[0]", StringComparison.Ordinal)) next = new JsonObject();
            current.AsObject()[key] = parts[i].EndsWith("[0]", StringComparison.Ordinal) && !last ? new JsonArray(next) : next;
            current = next;
        }

        return root.ToJsonString(Unescaped);
    }

    private static bool SchemaAccepts(string yaml) =>
        SchemaDocument.Evaluate(JsonSerializer.SerializeToElement(ToJson(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    /// <summary>The YAML as an editor's YAML 1.2 core schema types it.</summary>
    private static JsonNode? ToJson(string yaml)
    {
        var bag = new DiagnosticBag("t.yaml");
        var root = YamlLoader.Load(SourceText.From("t.yaml", yaml), bag);
        return Convert(root!);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YamlSequence s => new JsonArray(s.Items.Select(Convert).ToArray()),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        YamlScalar { IsPlain: true, Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        YamlScalar { IsPlain: true } s when CoreFloat().IsMatch(s.Value) => JsonValue.Create(decimal.Parse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        YamlScalar { IsPlain: true } s when CoreHex().IsMatch(s.Value) => JsonValue.Create(System.Convert.ToInt64(s.Value[2..], 16)),
        YamlScalar { IsPlain: true } s when CoreOctal().IsMatch(s.Value) => JsonValue.Create(System.Convert.ToInt64(s.Value[2..], 8)),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => throw new JsonException("unknown node"),
    };

    // YAML 1.2.2 §10.3.2 (core schema tag resolution).
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex CoreFloat();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex CoreHex();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex CoreOctal();
}
