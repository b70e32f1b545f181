using PerfReport.TestKit;

namespace PerfReport.Cli.Tests;

/// <summary><c>perfreport build</c> as a user runs it, in a scratch folder holding copies of the samples.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "perfreport-build-" + Guid.NewGuid().ToString("N"));

    public BuildCommandTests()
    {
        Directory.CreateDirectory(_dir);
        foreach (var sample in new[] { "2022.yaml", "2022-as-published.yaml", "minimal.yaml" })
            File.Copy(Repo.File("samples", sample), Path.Combine(_dir, sample));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Outcome Run(IReadOnlyDictionary<string, string>? env, params string[] args) => CliRunner.RunIn(_dir, "", env, args);

    private CliRunner.Outcome Run(params string[] args) => Run(null, args);

    private string[] Files() => Directory.GetFiles(_dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_dir, f)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Writes_the_docx_beside_the_input_and_prints_the_warnings()
    {
        var run = Run("build", "2022.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_dir, "2022.docx")));
        Assert.Contains("warning PR3050", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("perfreport: 0 个错误，10 个警告\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_errors_writes_nothing_and_leaves_an_old_output_alone()
    {
        File.WriteAllText(Path.Combine(_dir, "old.docx"), "previous");
        var run = Run("build", "2022-as-published.yaml", "-o", "old.docx");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PR2008", run.Error, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(_dir, "old.docx")));
        Assert.DoesNotContain(Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal) || f == "2022-as-published.docx");
    }

    [Fact]
    public void Several_inputs_go_to_a_directory_and_one_bad_file_does_not_stop_the_others()
    {
        var run = Run("build", "2022.yaml", "2022-as-published.yaml", "minimal.yaml", "missing.yaml", "-o", "out");
        Assert.Equal(2, run.ExitCode); // the worst: a file that could not be read
        Assert.Equal(["out/2022.docx", "out/minimal.docx"], Files().Where(f => f.StartsWith("out", StringComparison.Ordinal)));
        Assert.Contains("找不到文件 \"missing.yaml\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("2022-as-published.yaml(154,52): error PR2008", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_is_never_overwritten_and_two_inputs_never_share_an_output()
    {
        var before = File.ReadAllBytes(Path.Combine(_dir, "minimal.yaml"));
        var self = Run("build", "minimal.yaml", "-o", "minimal.yaml");
        Assert.Equal(2, self.ExitCode);
        Assert.Contains("就是输入文件", self.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_dir, "minimal.yaml")));

        Directory.CreateDirectory(Path.Combine(_dir, "a"));
        Directory.CreateDirectory(Path.Combine(_dir, "b"));
        File.Copy(Path.Combine(_dir, "minimal.yaml"), Path.Combine(_dir, "a", "r.yaml"));
        File.Copy(Path.Combine(_dir, "minimal.yaml"), Path.Combine(_dir, "b", "r.yaml"));
        var clash = Run("build", "a/r.yaml", "b/r.yaml", "-o", "out");
        Assert.Equal(2, clash.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public void Split_writes_the_two_tables_as_their_own_documents()
    {
        Assert.Equal(0, Run("build", "2022.yaml", "--split").ExitCode);
        Assert.Contains("2022-附表1-基础数据表.docx", Files());
        Assert.Contains("2022-附表2-自评表.docx", Files());
    }

    [Fact]
    public void Same_input_same_bytes_and_SOURCE_DATE_EPOCH_is_honoured()
    {
        Run("build", "2022.yaml", "-o", "a.docx");
        Run("build", "2022.yaml", "-o", "b.docx");
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "a.docx")), File.ReadAllBytes(Path.Combine(_dir, "b.docx")));

        var env = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };
        Run(env, "build", "2022.yaml", "-o", "c.docx");
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(_dir, "a.docx")), File.ReadAllBytes(Path.Combine(_dir, "c.docx")));
        var bad = Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" }, "build", "2022.yaml");
        Assert.Equal(2, bad.ExitCode);
        var far = Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "99999999999999" }, "build", "2022.yaml");
        Assert.Equal(2, far.ExitCode);
        Assert.DoesNotContain("内部错误", far.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exported_templates_are_used_and_never_overwritten()
    {
        var export = Run("templates", "export", "tpl");
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("tpl/report.yaml", Files());
        Assert.Contains("tpl/reference.docx", Files());
        Assert.Contains("tpl/sections/10-other.sbn", Files());
        Assert.Equal(2, Run("templates", "export", "tpl").ExitCode);

        File.WriteAllText(Path.Combine(_dir, "tpl", "sections", "10-other.sbn"), "本单位无其他需要说明的事项（自定义模板）。\n");
        Assert.Equal(0, Run("build", "2022.yaml", "--templates", "tpl", "-o", "custom.docx").ExitCode);
        var text = PerfReport.Tests.TestKit.DocxText.Flatten(File.ReadAllBytes(Path.Combine(_dir, "custom.docx")));
        Assert.Contains("本单位无其他需要说明的事项（自定义模板）。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exported_and_edited_table_description_changes_the_built_table()
    {
        Assert.Equal(0, Run("templates", "export", "tpl").ExitCode);
        var path = Path.Combine(_dir, "tpl", "tables", "basic-data.table.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains("- { text: 政府采购金额, align: left }", text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace("- { text: 政府采购金额, align: left }", "- { text: 政府采购金额（自定义）, align: left }", StringComparison.Ordinal));
        Assert.Equal(0, Run("build", "2022.yaml", "--templates", "tpl", "-o", "custom.docx").ExitCode);
        var built = PerfReport.Tests.TestKit.DocxText.Flatten(File.ReadAllBytes(Path.Combine(_dir, "custom.docx")));
        Assert.Contains("| 政府采购金额（自定义） |", built, StringComparison.Ordinal);
        Assert.DoesNotContain("| 政府采购金额 |", built, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_points_into_the_template_and_writes_nothing()
    {
        Run("templates", "export", "tpl");
        File.WriteAllText(Path.Combine(_dir, "tpl", "sections", "07-problems.sbn"), "第一行\n{{ for p in problemz }}{{ p }}{{ end }}\n");
        var run = Run("build", "2022.yaml", "--templates", "tpl");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tpl/sections/07-problems.sbn(2,", run.Error, StringComparison.Ordinal);
        Assert.Contains("error PR9001", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("2022.docx", Files());
    }

    [Fact]
    public void An_unreadable_reference_document_is_an_error()
    {
        File.WriteAllText(Path.Combine(_dir, "ref.docx"), "not a zip");
        var run = Run("build", "2022.yaml", "--reference-doc", "ref.docx");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PR9102", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, Run("build", "2022.yaml", "--reference-doc", "nope.docx").ExitCode);
    }

    [Fact]
    public void A_parallel_batch_prints_writes_and_exits_exactly_as_a_serial_one()
    {
        // Enough files for the workers to finish out of order, with every kind of outcome among them.
        var inputs = new List<string>();
        for (var i = 1; i <= 6; i++)
        {
            File.Copy(Path.Combine(_dir, i % 2 == 0 ? "2022.yaml" : "minimal.yaml"), Path.Combine(_dir, $"r{i}.yaml"));
            inputs.Add($"r{i}.yaml");
        }

        File.WriteAllText(Path.Combine(_dir, "broken.yaml"), "department: [\n");
        inputs.InsertRange(2, ["2022-as-published.yaml", "missing.yaml", "broken.yaml"]);

        var serial = Run(["build", .. inputs, "-o", "serial", "--jobs", "1"]);
        var parallel = Run(["build", .. inputs, "-o", "parallel", "--jobs", "2"]);

        Assert.Equal(2, serial.ExitCode);
        Assert.Equal(serial.ExitCode, parallel.ExitCode);
        Assert.Equal(serial.Error, parallel.Error);
        Assert.Equal(serial.Out.Replace("serial", "parallel", StringComparison.Ordinal), parallel.Out);
        string[] written = ["r1.docx", "r2.docx", "r3.docx", "r4.docx", "r5.docx", "r6.docx"];
        Assert.Equal(written.Select(f => $"已写出 parallel/{f}"), parallel.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf('（', StringComparison.Ordinal)]));
        foreach (var f in written)
            Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "serial", f)), File.ReadAllBytes(Path.Combine(_dir, "parallel", f)));
        Assert.Equal(written, Directory.GetFiles(Path.Combine(_dir, "parallel")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Diagnostics stay sorted by file as in a serial run: the published sample's error before broken.yaml's.
        var published = parallel.Error.IndexOf("2022-as-published.yaml(154,52): error PR2008", StringComparison.Ordinal);
        var broken = parallel.Error.IndexOf("broken.yaml(", StringComparison.Ordinal);
        Assert.True(published >= 0 && broken > published, parallel.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    public void Jobs_must_be_a_positive_number(string jobs)
    {
        var run = Run("build", "minimal.yaml", "--jobs", jobs);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--jobs 应为不小于 1 的整数，这里是 \"{jobs}\"", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("minimal.docx", Files());
    }
}
