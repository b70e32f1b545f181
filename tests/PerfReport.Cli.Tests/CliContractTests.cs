using System.Text.Json;
using System.Text.RegularExpressions;
using PerfReport.TestKit;

namespace PerfReport.Cli.Tests;

/// <summary>
/// The CLI's contract end to end: the exit code is the worst over all files whatever their order; each format keeps
/// its data on stdout and its human text on stderr; every usage and I/O failure exits 2 with a Chinese sentence.
/// </summary>
public sealed partial class CliContractTests : IDisposable
{
    /// <summary>0 errors, 0 warnings.</summary>
    private const string Clean = "minimal.yaml";

    /// <summary>Warnings only (exit 0; 1 with --warnings-as-errors).</summary>
    private const string Warned = "2022.yaml";

    /// <summary>Errors (exit 1).</summary>
    private const string Broken = "2022-as-published.yaml";

    /// <summary>Not there (exit 2).</summary>
    private const string Missing = "missing.yaml";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "perfreport-contract-" + Guid.NewGuid().ToString("N"));

    public CliContractTests()
    {
        Directory.CreateDirectory(_dir);
        foreach (var sample in new[] { Clean, Warned, Broken })
            File.Copy(Repo.File("samples", sample), Path.Combine(_dir, sample));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Outcome Run(IReadOnlyDictionary<string, string>? env, params string[] args) => CliRunner.RunIn(_dir, "", env, args);

    private CliRunner.Outcome Run(params string[] args) => Run(null, args);

    /// <summary>validate or build with these arguments; build writes into out/ so that several inputs are allowed.</summary>
    private CliRunner.Outcome Command(string command, params string[] args) =>
        command == "build" ? Run(["build", .. args, "-o", "out/"]) : Run([command, .. args]);

    private static int CodeOf(string file) => file switch
    {
        Clean or Warned => 0,
        Broken => 1,
        _ => 2,
    };

    /// <summary>Every order of files with different outcomes: the worst must win wherever it stands, first or last.</summary>
    public static TheoryData<string[]> Orders() => new()
    {
        new[] { Clean },
        new[] { Warned },
        new[] { Broken },
        new[] { Missing },
        new[] { Broken, Clean },
        new[] { Clean, Broken },
        new[] { Broken, Clean, Warned },
        new[] { Missing, Clean },
        new[] { Clean, Missing },
        new[] { Missing, Broken },
        new[] { Broken, Missing },
        new[] { Broken, Missing, Clean },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Validate_exits_with_the_worst_code_over_all_files(string[] files)
    {
        var run = Run(["validate", .. files]);
        Assert.Equal(files.Max(CodeOf), run.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Build_exits_with_the_worst_code_over_all_files_and_still_builds_the_good_ones(string[] files)
    {
        var run = Run(["build", .. files, "-o", "out/"]);
        Assert.Equal(files.Max(CodeOf), run.ExitCode);
        var built = files.Where(f => CodeOf(f) == 0).Select(f => "out/" + Path.ChangeExtension(f, ".docx")).Order(StringComparer.Ordinal);
        string[] written = Directory.Exists(Path.Combine(_dir, "out"))
            ? [.. Directory.GetFiles(Path.Combine(_dir, "out")).Select(f => "out/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];
        Assert.Equal(built, written);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Summary_exits_with_the_worst_code_over_all_files_and_writes_no_workbook_when_a_file_is_missing(string[] files)
    {
        var run = Run(["summary", .. files, "-o", "s.xlsx"]);
        Assert.Equal(files.Max(CodeOf), run.ExitCode);
        Assert.Equal(!files.Contains(Missing), File.Exists(Path.Combine(_dir, "s.xlsx")));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Score_exits_with_the_worst_code_over_all_files(string[] files) =>
        Assert.Equal(files.Max(CodeOf), Run(["score", .. files]).ExitCode);

    [Theory]
    [InlineData(Warned, 0)]
    [InlineData(Broken, 1)]
    [InlineData(Missing, 2)]
    public void Score_exits_with_the_code_of_its_file(string file, int expected) =>
        Assert.Equal(expected, Run("score", file).ExitCode);

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    public void Warnings_as_errors_turns_a_warning_only_file_into_exit_1_wherever_it_stands(string command)
    {
        Assert.Equal(1, Command(command, Clean, Warned, "--warnings-as-errors").ExitCode);
        Assert.Equal(1, Command(command, Warned, Clean, "--warnings-as-errors").ExitCode);
    }

    /// <summary>What build prints for the one file these runs write (the warned sample; the broken one writes nothing).</summary>
    private const string WrittenLine = @"已写出 out/2022\.docx（\d+ KB）";

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    public void Text_format_writes_diagnostics_and_summary_to_stderr_and_on_stdout_only_the_files_written(string command)
    {
        var run = Command(command, Broken, Warned);
        Assert.Equal(1, run.ExitCode);
        if (command == "build") Assert.Matches($"^{WrittenLine}\n\\z", run.Out);
        else Assert.Equal("", run.Out);
        var lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.Equal("perfreport: 4 个错误，21 个警告", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Matches(MsBuildLine(), line));
        Assert.Contains(lines, l => l.StartsWith(Broken + "(", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(Warned + "(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("validate", "json")]
    [InlineData("build", "json")]
    [InlineData("validate", "sarif")]
    [InlineData("build", "sarif")]
    public void Json_and_sarif_are_the_whole_stdout_and_stderr_has_at_most_the_summary(string command, string format)
    {
        var run = Command(command, Broken, Warned, "--format", format);
        Assert.Equal(1, run.ExitCode);

        // json is for programs and prints no summary; sarif (like github) adds the human summary on stderr. The files
        // build wrote are listed on stderr, since stdout holds the data.
        var written = command == "build" ? WrittenLine + "\\n" : "";
        Assert.Matches(format == "json" ? $"^{written}\\z" : $"^{written}perfreport: 4 个错误，21 个警告\\n\\z", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var results = format == "json" ? json.RootElement : json.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(25, results.GetArrayLength());
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    public void Github_writes_commands_to_stdout_and_only_the_summary_to_stderr(string command)
    {
        var run = Command(command, Broken, Warned, "--format", "github");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(25, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning) file=", l));
        Assert.Matches($"^{(command == "build" ? WrittenLine + "\\n" : "")}perfreport: 4 个错误，21 个警告\\n\\z", run.Error);
    }

    [Fact]
    public void Score_text_puts_the_sheet_on_stdout_and_the_diagnostics_on_stderr()
    {
        var run = Run("score", Warned);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("总分", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("warning PR", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning PR", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("perfreport: 0 个错误，10 个警告\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_json_puts_sheet_and_diagnostics_on_stdout_and_nothing_on_stderr()
    {
        var run = Run("score", Warned, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    /// <summary>Each usage or I/O failure: exit 2 and a Chinese sentence (prefixed "perfreport: ") on stderr, nothing on stdout.</summary>
    public static TheoryData<string, string[]> UsageAndIoFailures()
    {
        var data = new TheoryData<string, string[]>
        {
            { "no command", [] },
            { "unknown command", ["frobnicate"] },
            { "validate without a file", ["validate"] },
            { "validate: unknown option", ["validate", Clean, "--bogus"] },
            { "validate: unknown format", ["validate", Clean, "--format", "xml"] },
            { "validate: missing file", ["validate", Missing] },
            { "validate: a directory without reports", ["validate", "empty"] },
            { "validate: a pattern matching nothing", ["validate", "*.yml"] },
            { "score without a file", ["score"] },
            { "score: a format it has not", ["score", Warned, "--format", "sarif"] },
            { "score: missing file", ["score", Missing] },
            { "score: a directory without reports", ["score", "empty"] },
            { "score: a pattern matching nothing", ["score", "sub/**/*.yml"] },
            { "build without a file", ["build"] },
            { "build: missing file", ["build", Missing] },
            { "build: a directory without reports", ["build", "empty"] },
            { "build: a pattern matching nothing", ["build", "nope/*.yaml"] },
            { "summary without a file", ["summary"] },
            { "summary: missing file", ["summary", Clean, Missing, "-o", "s.xlsx"] },
            { "summary: a pattern matching nothing", ["summary", "*.yml"] },
            { "summary: output not .xlsx", ["summary", Clean, "-o", "s.csv"] },
            { "summary: output is stdout", ["summary", Clean, "-o", "-"] },
            { "summary: output is an input", ["summary", "empty.xlsx", "-o", "empty.xlsx"] },
            { "build: output is the input", ["build", Clean, "-o", Clean] },
            { "build: two inputs, one output", ["build", Clean, "sub/" + Clean] },
            { "build: output under a file", ["build", Clean, "-o", Warned + "/x.docx"] },
            { "build: missing reference document", ["build", Clean, "--reference-doc", "nope.docx"] },
            { "build: missing templates folder", ["build", Clean, "--templates", "nope"] },
            { "build: an output of no known kind", ["build", Clean, "-o", "x.txt"] },
            { "build: stdout as the output file", ["build", Clean, "-o", "-"] },
            { "build: pdf without LibreOffice", ["build", Clean, "--pdf", "--soffice", "nope/soffice"] },
            { "explain: unknown code", ["explain", "PR9999"] },
            { "explain without a code", ["explain"] },
            { "templates export into a folder that has them", ["templates", "export", "exported"] },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(UsageAndIoFailures))]
    public void Every_usage_and_io_failure_exits_2_with_a_chinese_sentence(string what, string[] args)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        File.Copy(Path.Combine(_dir, Clean), Path.Combine(_dir, "sub", Clean));
        Directory.CreateDirectory(Path.Combine(_dir, "empty"));
        File.WriteAllText(Path.Combine(_dir, "empty", "notes.txt"), "not a report");
        File.Copy(Path.Combine(_dir, Clean), Path.Combine(_dir, "empty.xlsx"));
        if (what.StartsWith("build: two inputs", StringComparison.Ordinal)) args = [.. args, "-o", "same.docx"];
        if (what.StartsWith("templates", StringComparison.Ordinal)) Assert.Equal(0, Run("templates", "export", "exported").ExitCode);

        var run = Run(args);
        Assert.True(run.ExitCode == 2, $"{what}: exit {run.ExitCode}\nstdout:\n{run.Out}\nstderr:\n{run.Error}");
        Assert.Equal("", run.Out);
        Assert.StartsWith("perfreport: ", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_SOURCE_DATE_EPOCH_is_a_usage_failure()
    {
        var run = Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" }, "build", Clean);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("perfreport: 环境变量 SOURCE_DATE_EPOCH 应为 1970 年以来的秒数（不晚于 9999 年），这里是 \"yesterday\"\n", run.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "minimal.docx")));
    }

    [GeneratedRegex(@"^[^()]+\(\d+,\d+\): (error|warning) PR\d{4}: \S")]
    private static partial Regex MsBuildLine();
}
