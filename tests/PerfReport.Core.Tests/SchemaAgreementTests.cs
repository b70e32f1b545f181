using System.Text;
using System.Text.Json.Nodes;
using PerfReport.Binding;
using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Syntax;
using PerfReport.TestKit;
using PerfReport.Tests.Validation;
using PerfReport.Text;
using ExplainExampleTests = PerfReport.Tests.Diagnostics.ExplainExampleTests;

namespace PerfReport.Tests;

/// <summary>
/// The schema accepts what the binder accepts, over every YAML input the project has (samples, test inputs, rule
/// specs, the examples of <c>perfreport explain</c>) and over every value of every choice field; and the schema passes
/// ajv in strict mode (tests/schema-check) with the samples valid and wrong documents invalid.
/// </summary>
public sealed class SchemaAgreementTests
{
    /// <summary>The binder's codes for what a JSON Schema can say: fields, types, values, ranges.</summary>
    private static readonly HashSet<string> SchemaCodes = new(StringComparer.Ordinal)
    {
        "PR1001", "PR1002", "PR1003", "PR1004", "PR1005", "PR1006", "PR1008", "PR1009", "PR1010", "PR1011",
    };

    /// <summary>Unknown keys and values outside a choice: the schema must refuse every document the binder refuses for them.</summary>
    private static readonly HashSet<string> MustRefuse = new(StringComparer.Ordinal) { "PR1003", "PR1009" };

    /// <summary>Every YAML input of the project that loads as a mapping, by a name saying where it is from.</summary>
    public static IEnumerable<(string Name, string Yaml)> Corpus()
    {
        foreach (var file in Directory.GetFiles(Repo.File("samples"), "*.yaml").Order(StringComparer.Ordinal))
            yield return ("samples/" + Path.GetFileName(file), File.ReadAllText(file));
        foreach (var file in Directory.GetFiles(Repo.File("tests"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("node_modules", StringComparison.Ordinal)) continue;
            yield return (relative, File.ReadAllText(file));
        }

        foreach (var spec in RuleSpec.All()) yield return ($"spec {spec}", spec.Yaml);
        foreach (var rule in Rules.All.Where(r => !ExplainExampleTests.ManifestExamples.Contains(r.Id)))
        {
            var i = 0;
            foreach (var example in ExplainExampleTests.Examples(rule)) yield return ($"explain {rule.Id} #{i++}", example);
        }
    }

    /// <summary>The document as JSON, or null when it is no YAML mapping (those stop before the binder).</summary>
    private static JsonNode? Json(string yaml)
    {
        var bag = new DiagnosticBag("t.yaml");
        var root = YamlLoader.Load(SourceText.From("t.yaml", yaml), bag);
        if (bag.HasErrors || root is not YamlMapping) return null;
        return SchemaTests.ToJson(yaml);
    }

    private static HashSet<string> BinderCodes(string yaml)
    {
        var bag = new DiagnosticBag("t.yaml");
        var root = YamlLoader.Load(SourceText.From("t.yaml", yaml), bag)!;
        Binder.Bind(root, bag);
        return bag.ToSortedList().Where(d => d.Severity == Severity.Error).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The corpus split by the binder's verdict: accepted (no schema-level error), refused for an unknown key or value, or neither.</summary>
    private static (List<(string Name, JsonNode Json)> Accepted, List<(string Name, JsonNode Json)> Refused) Verdicts()
    {
        var accepted = new List<(string, JsonNode)>();
        var refused = new List<(string, JsonNode)>();
        foreach (var (name, text) in Corpus())
        {
            // Most specs and examples are fragments: give them the two required keys, so that what is compared is the rest.
            var yaml = (RootKey(text, "year") ? "" : "year: 2022\n") + (RootKey(text, "department") ? "" : "department: { name: 某局 }\n") + text;
            if (Json(yaml) is not { } json) continue;
            var codes = BinderCodes(yaml);
            if (!codes.Overlaps(SchemaCodes)) accepted.Add((name, json));
            else if (codes.Overlaps(MustRefuse)) refused.Add((name, json));
        }

        return (accepted, refused);
    }

    private static bool RootKey(string yaml, string key) =>
        yaml.Split('\n').Any(l => l.StartsWith(key + ":", StringComparison.Ordinal));

    private static bool SchemaAccepts(JsonNode json) => SchemaTests.EvaluateJson(json).IsValid;

    [Fact]
    public void Every_input_the_binder_accepts_the_schema_accepts_and_every_unknown_key_or_value_both_refuse()
    {
        var (accepted, refused) = Verdicts();
        Assert.True(accepted.Count > 100, $"only {accepted.Count} accepted inputs: the corpus did not load");
        Assert.True(refused.Count >= 4, $"only {refused.Count} refused inputs");
        var wrong = accepted.Where(a => !SchemaAccepts(a.Json)).Select(a => "schema refuses, binder accepts: " + a.Name)
            .Concat(refused.Where(r => SchemaAccepts(r.Json)).Select(r => "schema accepts, binder refuses (unknown key or value): " + r.Name))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Each choice field's place in a document, and the document with a value there.</summary>
    private static readonly (string Vocabulary, Func<string, string> Document)[] ChoiceFields =
    [
        ("nature", v => $"income:\n  sources:\n    - {{ name: 收入, nature: {v}, amount: 1 }}\n"),
        ("kind", v => $"self_evaluation:\n  indicators:\n    - {{ name: 产出指标, categories: [ {{ name: 数量指标, indicators: [ {{ name: x, kind: {v} }} ] }} ] }}\n"),
        ("indicator_grade", v => $"self_evaluation:\n  indicators:\n    - {{ name: 产出指标, categories: [ {{ name: 数量指标, indicators: [ {{ name: x, grade: {v} }} ] }} ] }}\n"),
        ("total_grade", v => $"self_evaluation:\n  grade: {v}\n"),
        ("funds_method", v => $"scoring:\n  funds_method: {v}\n"),
        ("negative_method", v => $"scoring:\n  negative_method: {v}\n"),
        ("amount_unit", v => $"amount_unit: {v}\n"),
        ("none", v => $"other_budgets:\n  government_fund: {v}\n"),
    ];

    [Fact]
    public void Every_value_of_every_choice_field_is_accepted_by_both_and_a_wrong_one_by_neither()
    {
        Assert.Equal(Vocabulary.Choices.Keys.Order(StringComparer.Ordinal), ChoiceFields.Select(c => c.Vocabulary).Order(StringComparer.Ordinal));
        foreach (var (name, document) in ChoiceFields)
        {
            foreach (var value in Vocabulary.Choices[name].Select(c => c.Value).Append("不存在的值"))
            {
                var yaml = "year: 2022\ndepartment: { name: 某局 }\n" + document(value);
                var binder = !BinderCodes(yaml).Overlaps(SchemaCodes);
                var schema = SchemaAccepts(SchemaTests.ToJson(yaml)!);
                var valid = value != "不存在的值";
                Assert.True(binder == valid && schema == valid, $"{name} = {value}: binder {(binder ? "accepts" : "refuses")}, schema {(schema ? "accepts" : "refuses")}");
            }
        }
    }

    /// <summary>Hand-written wrong documents for the ajv run, each refused by the binder too.</summary>
    private static readonly (string Name, string Yaml)[] Wrong =
    [
        ("unknown-root-key", "year: 2022\ndepartment: { name: 某局 }\nincom: { total: 1 }\n"),
        ("unknown-nature", "year: 2022\ndepartment: { name: 某局 }\nincome:\n  sources:\n    - { name: 收入, nature: general, amount: 1 }\n"),
        ("amount-with-unit", "year: 2022\ndepartment: { name: 某局 }\nincome:\n  total: 107.49万元\n"),
        ("missing-department", "year: 2022\n"),
        ("percent-without-sign", "year: 2022\ndepartment: { name: 某局 }\nbasic_data_table:\n  staff_control_rate: 100\n"),
    ];

    [NodeFact]
    public void The_schema_passes_ajv_in_strict_mode_with_the_samples_valid_and_wrong_documents_invalid()
    {
        var check = Repo.File("tests", "schema-check");
        var (ci, ciOutput) = Node.Run(Node.NpmPath!, check, 5, "ci", "--no-audit", "--no-fund", "--loglevel=error", "--fetch-timeout=60000", "--fetch-retries=2");
        Assert.True(ci == 0, $"npm ci failed ({ci}):\n{ciOutput}");

        var work = Directory.CreateTempSubdirectory("perfreport-ajv-").FullName;
        try
        {
            foreach (var (name, yaml) in Wrong)
            {
                Assert.True(BinderCodes(yaml).Overlaps(SchemaCodes), $"{name}: the binder accepts it");
                Write(work, $"invalid-{name}.json", SchemaTests.ToJson(yaml)!);
            }

            var (accepted, refused) = Verdicts();
            foreach (var sample in Directory.GetFiles(Repo.File("samples"), "*.yaml"))
                Write(work, $"valid-sample-{Path.GetFileNameWithoutExtension(sample)}.json", SchemaTests.ToJson(File.ReadAllText(sample))!);
            for (var i = 0; i < accepted.Count; i++) Write(work, $"valid-corpus-{i:D4}.json", accepted[i].Json);
            for (var i = 0; i < refused.Count; i++) Write(work, $"invalid-corpus-{i:D4}.json", refused[i].Json);

            var (code, output) = Node.Run(Node.NodePath!, check, 2, "check.mjs", Repo.File("schema", "perfreport.schema.json"), work);
            Assert.True(code == 0, output);
            Assert.Contains("ok valid-sample-2022.json", output, StringComparison.Ordinal);
            Assert.Contains("ok invalid-unknown-nature.json", output, StringComparison.Ordinal);
            Assert.EndsWith($"{Wrong.Length + 3 + accepted.Count + refused.Count} documents, 0 failures\n", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Write(string folder, string name, JsonNode json) =>
        File.WriteAllText(Path.Combine(folder, name), json.ToJsonString(), new UTF8Encoding(false));
}
