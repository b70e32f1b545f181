using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using PerfReport.Binding;
using PerfReport.Diagnostics;
using PerfReport.Syntax;
using PerfReport.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests;

/// <summary>The JSON Schema editors use and the loader agree, in both directions, and the samples pass an independent validator.</summary>
public partial class SchemaTests
{
    private static readonly JsonObject SchemaJson = JsonNode.Parse(Repo.Read("schema", "perfreport.schema.json"))!.AsObject();

    private static IEnumerable<(string Name, JsonObject Definition)> ObjectDefinitions()
    {
        yield return ("root", SchemaJson);
        foreach (var (name, def) in SchemaJson["definitions"]!.AsObject())
        {
            if (def!.AsObject().ContainsKey("properties")) yield return (name, def.AsObject());
        }
    }

    [Fact]
    public void Every_schema_object_is_a_loader_shape_with_the_same_keys_and_required_keys()
    {
        foreach (var (name, def) in ObjectDefinitions())
        {
            Assert.True(Shapes.All.ContainsKey(name), $"schema definition '{name}' has no loader shape");
            var shape = Shapes.All[name];
            Assert.Equal(shape.Keys.Order(StringComparer.Ordinal), def["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
            var required = def["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];
            Assert.Equal(shape.Required.Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
            Assert.False(def["additionalProperties"]?.GetValue<bool>() ?? true, $"'{name}' must refuse unknown keys");
        }
    }

    [Fact]
    public void Every_loader_shape_is_in_the_schema()
    {
        var names = ObjectDefinitions().Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(Shapes.All.Keys, k => !names.Contains(k));
    }

    [Fact]
    public void Every_property_is_explained_in_Chinese()
    {
        foreach (var (name, def) in ObjectDefinitions())
        {
            foreach (var (key, prop) in def["properties"]!.AsObject())
            {
                var description = prop!["description"]?.GetValue<string>() ?? "";
                Assert.True(CjkText().IsMatch(description), $"{name}.{key} needs a Chinese description");
                Assert.NotNull(prop["title"]);
            }
        }
    }

    public static TheoryData<string> Samples() => new(Directory.GetFiles(Repo.File("samples"), "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_validates_against_the_schema(string sample)
    {
        var text = Repo.Read("samples", sample);
        Assert.StartsWith("# yaml-language-server: $schema=../schema/perfreport.schema.json", text, StringComparison.Ordinal);
        var result = Evaluate(text);
        Assert.True(result.IsValid, string.Join("\n", Errors(result)));
    }

    [Theory]
    [InlineData("income:\n  totl: 1\n")]
    [InlineData("income:\n  total: 107.49万元\n")]
    [InlineData("income:\n  total: -1\n")]
    [InlineData("basic_data_table:\n  staff_control_rate: 100\n")]
    [InlineData("self_evaluation:\n  indicators:\n    - { name: 产出指标, categories: [ { name: 数量指标, indicators: [ { name: x, kind: bigger } ] } ] }\n")]
    public void Schema_and_loader_both_refuse(string fragment)
    {
        var yaml = "year: 2022\ndepartment: { name: 某局 }\n" + fragment;
        Assert.False(Evaluate(yaml).IsValid);
        Assert.Contains(Yaml.Check(yaml).Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void The_schema_command_prints_the_same_schema()
    {
        Assert.Equal(Repo.Read("schema", "perfreport.schema.json"), Schema.Text);
    }

    internal static EvaluationResults Evaluate(string yaml) => EvaluateJson(ToJson(yaml));

    private static readonly Lazy<JsonSchema> Compiled = new(() => JsonSchema.FromText(SchemaJson.ToJsonString()));

    internal static EvaluationResults EvaluateJson(JsonNode? json) =>
        Compiled.Value.Evaluate(JsonSerializer.SerializeToElement(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    internal static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}");

    /// <summary>The YAML as JSON, typed as YAML's core schema types plain scalars.</summary>
    internal static JsonNode? ToJson(string yaml)
    {
        var bag = new DiagnosticBag("t.yaml");
        var root = YamlLoader.Load(SourceText.From("t.yaml", yaml), bag);
        Assert.False(bag.HasErrors);
        return Convert(root!);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YamlSequence s => new JsonArray(s.Items.Select(Convert).ToArray()),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true } s when NumberText().IsMatch(s.Value) => JsonValue.Create(decimal.Parse(s.Value, CultureInfo.InvariantCulture)),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => throw new JsonException("unknown node"),
    };

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex NumberText();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CjkText();
}
