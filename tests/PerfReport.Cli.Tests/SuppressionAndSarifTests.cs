using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PerfReport.TestKit;
using YamlDotNet.RepresentationModel;

namespace PerfReport.Cli.Tests;

/// <summary>Suppressed findings in each format, SARIF against the official schema, failed inputs, --output-file, the CI workflow.</summary>
public class SuppressionAndSarifTests
{
    private const string Accepted = "tests/PerfReport.Core.Tests/Samples/2022-accepted.yaml";

    private static EvaluationResults ValidateSarif(string sarif)
    {
        // The schema is draft-04 (SARIF 2.1.0-rtm.5); its keywords are read the draft-07 way, which they share.
        var text = Repo.Read("tests", "PerfReport.Cli.Tests", "Sarif", "sarif-2.1.0-rtm.5.json")
            .Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        var schema = JsonSchema.FromText(text);
        using var doc = JsonDocument.Parse(sarif);
        return schema.Evaluate(doc.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Errors(EvaluationResults r) =>
        string.Join("\n", (r.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    [Fact]
    public void Warnings_as_errors_passes_on_the_sample_whose_accepted_warnings_carry_reasons()
    {
        var plain = CliRunner.Run("validate", "samples/2022.yaml", "--warnings-as-errors");
        Assert.Equal(1, plain.ExitCode);
        var accepted = CliRunner.Run("validate", Accepted, "--warnings-as-errors");
        Assert.Equal(0, accepted.ExitCode);
        Assert.Equal("perfreport: 0 个错误，0 个警告（另有 10 条已抑制）\n", accepted.Error);
    }

    [Fact]
    public void Json_lists_suppressed_findings_with_their_reason()
    {
        var run = CliRunner.Run("validate", Accepted, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var items = JsonNode.Parse(run.Out)!.AsArray();
        Assert.Equal(10, items.Count);
        var pr4001 = items.Single(i => i!["id"]!.GetValue<string>() == "PR4001")!;
        Assert.Equal(224, pr4001["line"]!.GetValue<int>());
        Assert.Equal(93, pr4001["column"]!.GetValue<int>());
        Assert.True(pr4001["suppressed"]!.GetValue<bool>());
        Assert.Equal("扣分理由已在第六部分说明", pr4001["suppressionReason"]!.GetValue<string>());
        Assert.All(items, i => Assert.True(i!["suppressed"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("tests/PerfReport.Cli.Tests/Specs/fixtures/bad.yaml")]
    [InlineData(Accepted)]
    [InlineData("samples/2022.yaml")]
    public void Sarif_is_valid_against_the_official_2_1_0_schema(string file)
    {
        var run = CliRunner.Run("validate", file, "--format", "sarif");
        var result = ValidateSarif(run.Out);
        Assert.True(result.IsValid, Errors(result));

        using var doc = JsonDocument.Parse(run.Out);
        var runElement = doc.RootElement.GetProperty("runs")[0];
        var driver = runElement.GetProperty("tool").GetProperty("driver");
        Assert.StartsWith("0.1.0", driver.GetProperty("version").GetString(), StringComparison.Ordinal);
        Assert.Equal(ProductInfo.ProjectUrl, driver.GetProperty("informationUri").GetString());
        foreach (var rule in driver.GetProperty("rules").EnumerateArray())
        {
            var descriptor = Rules.Find(rule.GetProperty("id").GetString()!)!;
            Assert.Equal(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.Equal(descriptor.Explanation, rule.GetProperty("help").GetProperty("markdown").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("text").GetString()));
        }

        var fingerprints = runElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty("perfreport/v1").GetString()).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
        Assert.True(runElement.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void Sarif_marks_suppressed_results_in_source_with_the_justification()
    {
        var run = CliRunner.Run("validate", Accepted, "--format", "sarif");
        using var doc = JsonDocument.Parse(run.Out);
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(10, results.Count);
        var pr3051 = results.Single(r => r.GetProperty("ruleId").GetString() == "PR3051");
        var suppression = Assert.Single(pr3051.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("项目支出结余已在第二部分“项目支出情况”中说明", suppression.GetProperty("justification").GetString());
        Assert.Equal(157, pr3051.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void A_missing_input_gives_exit_2_and_an_unsuccessful_invocation_never_a_clean_log()
    {
        var run = CliRunner.Run("validate", "samples/minimal.yaml", "no-such.yaml", "--format", "sarif");
        Assert.Equal(2, run.ExitCode);
        var valid = ValidateSarif(run.Out);
        Assert.True(valid.IsValid, Errors(valid));
        using var doc = JsonDocument.Parse(run.Out);
        var invocation = doc.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var note = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", note.GetProperty("level").GetString());
        Assert.Equal("找不到文件 \"no-such.yaml\"，请检查路径和文件名", note.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("no-such.yaml", note.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());

        var json = CliRunner.Run("validate", "no-such.yaml", "--format", "json");
        Assert.Equal(2, json.ExitCode);
        var item = Assert.Single(JsonNode.Parse(json.Out)!.AsArray())!;
        Assert.True(item["inputError"]!.GetValue<bool>());
        Assert.Equal("no-such.yaml", item["path"]!.GetValue<string>());
        Assert.Equal("找不到文件 \"no-such.yaml\"，请检查路径和文件名", item["message"]!.GetValue<string>());
    }

    [Fact]
    public void Output_file_writes_the_document_there_and_nothing_on_stdout()
    {
        var dir = Directory.CreateTempSubdirectory("perfreport-of-");
        try
        {
            var target = Path.Combine(dir.FullName, "out", "r.sarif");
            var run = CliRunner.Run("validate", Accepted, "--format", "sarif", "--output-file", target);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Out);
            Assert.Equal(CliRunner.Run("validate", Accepted, "--format", "sarif").Out, File.ReadAllText(target));
            Assert.Equal(["r.sarif"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("text", "x.json", "perfreport: --output-file 只用于 --format json 或 --format sarif；text 格式的问题清单写在终端上\n")]
    [InlineData("json", "-", "perfreport: --output-file 需要一个文件名（不能是 -）；要输出到标准输出，不写 --output-file 即可\n")]
    [InlineData("json", "samples/minimal.yaml", "perfreport: 输出文件 \"samples/minimal.yaml\" 就是输入文件，不会覆盖它；请给 --output-file 另一个文件名\n")]
    public void Output_file_is_refused_when_it_cannot_be_right(string format, string target, string error)
    {
        var run = CliRunner.Run("validate", "samples/minimal.yaml", "--format", format, "--output-file", target);
        Assert.Equal((2, "", error), (run.ExitCode, run.Out, run.Error));
    }

    [Fact]
    public void The_github_actions_example_uses_the_real_options_and_uploads_what_it_writes()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Repo.Read("examples", "github-actions", "perfreport.yml")));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["perfreport"])["steps"];
        string? Get(YamlNode step, string key) => ((YamlMappingNode)step).Children.TryGetValue(key, out var v) ? ((YamlScalarNode)v).Value : null;
        YamlMappingNode? With(YamlNode step) => ((YamlMappingNode)step).Children.TryGetValue("with", out var v) ? (YamlMappingNode)v : null;

        var commands = steps.Select(s => Get(s, "run")).OfType<string>()
            .SelectMany(r => r.Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith("perfreport ", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]).ToList();
        Assert.Equal(["validate", "build"], commands.Select(c => c[0]));
        var cli = Cli.CreateRoot(new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null, Repo.Root, _ => null));
        foreach (var args in commands)
        {
            var parse = cli.Parse(args);
            Assert.True(parse.Errors.Count == 0, string.Join(" ", args) + ": " + string.Join("; ", parse.Errors.Select(e => e.Message)));
        }

        var validate = commands[0];
        Assert.Equal("sarif", validate[Array.IndexOf(validate, "--format") + 1]);
        var sarifFile = validate[Array.IndexOf(validate, "--output-file") + 1];
        var upload = steps.Single(s => Get(s, "uses")?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true);
        Assert.Equal(sarifFile, ((YamlScalarNode)With(upload)!["sarif_file"]).Value);

        var build = commands[1];
        Assert.Contains("--pdf", build);
        Assert.Contains("--docx", build);
        var outDir = build[Array.IndexOf(build, "-o") + 1];
        var artifact = steps.Single(s => Get(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal(outDir, ((YamlScalarNode)With(artifact)!["path"]).Value);
        Assert.Contains(steps, s => Get(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true && ((YamlScalarNode)With(s)!["dotnet-version"]).Value == "10.0.x");

        // The validate line really works on a folder of reports laid out as the workflow expects.
        var dir = Directory.CreateTempSubdirectory("perfreport-wf-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "reports"));
            File.Copy(Repo.File(Accepted), Path.Combine(dir.FullName, "reports", "2022.yaml"));
            var run = CliRunner.RunIn(dir.FullName, "", null, validate);
            Assert.Equal(0, run.ExitCode);
            Assert.True(ValidateSarif(File.ReadAllText(Path.Combine(dir.FullName, sarifFile))).IsValid);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
