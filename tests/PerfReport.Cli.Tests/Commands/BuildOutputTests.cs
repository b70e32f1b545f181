using System.Diagnostics;
using PerfReport.TestKit;
using PerfReport.Tests.TestKit;

namespace PerfReport.Cli.Tests.Commands;

/// <summary>
/// What <c>build</c> writes and says it wrote: the kinds of output (.docx, .pdf through LibreOffice, .md), the line per
/// written file, the refused output names, and LibreOffice missing, failing or hanging.
/// </summary>
public sealed class BuildOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("perfreport-outputs-").FullName;

    public BuildOutputTests()
    {
        foreach (var sample in new[] { "2022.yaml", "minimal.yaml" })
            File.Copy(Repo.File("samples", sample), Path.Combine(_dir, sample));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Outcome Run(IReadOnlyDictionary<string, string>? env, params string[] args) => CliRunner.RunIn(_dir, "", env, args);

    private CliRunner.Outcome Run(params string[] args) => Run(null, args);

    private string P(string name) => Path.Combine(_dir, name);

    private string[] Files() => [.. Directory.GetFiles(_dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_dir, f)).Order(StringComparer.Ordinal)];

    private string[] Written() => [.. Files().Where(f => !f.EndsWith(".yaml", StringComparison.Ordinal) && !f.StartsWith("fake", StringComparison.Ordinal))];

    private string Kb(string name) => $"{(new FileInfo(P(name)).Length + 1023) / 1024} KB";

    // ---- a Word document of the user's as the template -------------------------------------------------------

    [Fact]
    public void A_word_template_builds_the_report_from_the_users_document_and_markdown_is_refused_with_it()
    {
        var template = Repo.File("samples", "templates", "自评表-指标性质.docx");
        var run = Run("build", "2022.yaml", "--template", template, "-o", "表.docx");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"已写出 表.docx（{Kb("表.docx")}）\n", run.Out);
        var text = DocxText.Flatten(File.ReadAllBytes(P("表.docx")));
        Assert.Contains("各项业务工作经费不超过预算", text, StringComparison.Ordinal);
        Assert.Contains("自评得分99分，等级为“优”。", text, StringComparison.Ordinal);

        var markdown = Run("build", "2022.yaml", "--template", template, "-o", "表.md");
        Assert.Equal(2, markdown.ExitCode);
        Assert.Equal("perfreport: 用 --template 生成的是 Word 文档本身，没有 Markdown 版本；请去掉 --markdown（或 -o 的 .md），需要时用 --pdf\n", markdown.Error);
        Assert.False(File.Exists(P("表.md")));

        var missing = Run("build", "2022.yaml", "--template", "没有.docx");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("perfreport: 找不到Word 模板 \"没有.docx\"\n", missing.Error);
    }

    // ---- the line per written file -------------------------------------------------------------------------------

    [Fact]
    public void Each_written_file_is_one_line_on_stdout_with_its_size_and_quiet_prints_none()
    {
        var run = Run("build", "minimal.yaml", "--split");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"已写出 minimal.docx（{Kb("minimal.docx")}）\n" +
            $"已写出 minimal-附表1-基础数据表.docx（{Kb("minimal-附表1-基础数据表.docx")}）\n" +
            $"已写出 minimal-附表2-自评表.docx（{Kb("minimal-附表2-自评表.docx")}）\n",
            run.Out);
        Assert.Equal("perfreport: 0 个错误，0 个警告\n", run.Error);

        var quiet = Run("build", "minimal.yaml", "-o", "q.docx", "--quiet");
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Out);
        Assert.True(File.Exists(P("q.docx")));
    }

    [Fact]
    public void Sizes_are_whole_kilobytes_rounded_up()
    {
        Assert.Equal("1 KB", WrittenFiles.Kilobytes(1));
        Assert.Equal("1 KB", WrittenFiles.Kilobytes(1024));
        Assert.Equal("2 KB", WrittenFiles.Kilobytes(1025));
        Assert.Equal("0 KB", WrittenFiles.Kilobytes(0));
    }

    // ---- Markdown -----------------------------------------------------------------------------------------------

    [Fact]
    public void Dash_o_md_writes_the_reviewed_markdown_and_nothing_else()
    {
        var run = Run("build", "2022.yaml", "-o", "2022.md");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"已写出 2022.md（{Kb("2022.md")}）\n", run.Out);
        Assert.Equal(["2022.md"], Written());
        var golden = Repo.Read("tests", "PerfReport.Core.Tests", "Rendering", "Golden", "2022.markdown.verified.md").Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(golden, File.ReadAllText(P("2022.md")));
    }

    [Fact]
    public void Markdown_and_docx_options_write_both_beside_the_input_or_into_the_folder()
    {
        Assert.Equal(0, Run("build", "minimal.yaml", "--markdown", "--docx").ExitCode);
        Assert.Equal(["minimal.docx", "minimal.md"], Written());

        var run = Run("build", "2022.yaml", "minimal.yaml", "--md", "-o", "out");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["minimal.docx", "minimal.md", "out/2022.md", "out/minimal.md"], Written());
        Assert.Equal($"已写出 out/2022.md（{Kb("out/2022.md")}）\n已写出 out/minimal.md（{Kb("out/minimal.md")}）\n", run.Out);
        Assert.StartsWith("# ", File.ReadAllText(P("out/minimal.md")), StringComparison.Ordinal);
    }

    // ---- refused output names -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("x.txt", "perfreport: 输出文件 \"x.txt\" 的扩展名 \".txt\" 不受支持：请用 .docx（Word）、.pdf（经 LibreOffice 转换）或 .md（Markdown）；要写到一个目录中，请在目录名末尾加 /\n")]
    [InlineData("report", "perfreport: 输出文件 \"report\" 没有扩展名：请用 .docx（Word）、.pdf（经 LibreOffice 转换）或 .md（Markdown）；要写到一个目录中，请在目录名末尾加 /\n")]
    [InlineData("-", "perfreport: 不能把报告写到标准输出（-o -）：报告是文件，请给出文件名，例如 -o 2022.docx\n")]
    public void An_output_of_no_known_kind_or_stdout_is_refused_before_anything_is_read(string output, string message)
    {
        var run = Run("build", "minimal.yaml", "-o", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Error);
        Assert.Equal("", run.Out);
        Assert.Empty(Written());
    }

    [Fact]
    public void An_extension_in_capitals_is_the_same_kind_and_an_existing_folder_needs_no_slash()
    {
        Assert.Equal(0, Run("build", "minimal.yaml", "-o", "M.DOCX").ExitCode);
        Directory.CreateDirectory(P("out"));
        Assert.Equal(0, Run("build", "minimal.yaml", "-o", "out", "--md").ExitCode);
        Assert.Equal(["M.DOCX", "out/minimal.md"], Written());
    }

    // ---- LibreOffice missing, failing, hanging ------------------------------------------------------------------

    [Fact]
    public void Pdf_with_LibreOffice_set_to_a_missing_path_exits_2_in_Chinese_and_writes_nothing()
    {
        var run = Run("build", "minimal.yaml", "--pdf", "--docx", "--soffice", "nowhere/soffice");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("perfreport: --soffice 指定的 LibreOffice 程序 \"nowhere/soffice\" 不存在；请改正路径，或安装 LibreOffice（https://zh-cn.libreoffice.org/download/）后再生成 PDF\n", run.Error);
        Assert.Equal("", run.Out);

        var env = new Dictionary<string, string> { [PdfConverter.ProgramVariable] = "/nonexistent/soffice" };
        var byVariable = Run(env, "build", "minimal.yaml", "-o", "m.pdf");
        Assert.Equal(2, byVariable.ExitCode);
        Assert.Equal("perfreport: 环境变量 PERFREPORT_SOFFICE 指定的 LibreOffice 程序 \"/nonexistent/soffice\" 不存在；请改正路径，或安装 LibreOffice（https://zh-cn.libreoffice.org/download/）后再生成 PDF\n", byVariable.Error);
        Assert.Empty(Written());
    }

    [Fact]
    public void A_bad_time_limit_is_a_usage_failure()
    {
        var run = Run(new Dictionary<string, string> { [PdfConverter.TimeoutVariable] = "1.5" }, "build", "minimal.yaml", "--pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("perfreport: 环境变量 PERFREPORT_PDF_TIMEOUT 应为 PDF 转换的时限秒数（1 至 86400 的整数），这里是 \"1.5\"\n", run.Error);
    }

    /// <summary>A stand-in for soffice: a shell script in the scratch folder.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string FakeSoffice(string body)
    {
        var path = P("fake-soffice");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static string[] OwnWorkFolders() =>
        Directory.GetDirectories(Path.GetTempPath(), $"perfreport-pdf-{Environment.ProcessId}-*");

    [Fact]
    public void A_conversion_past_the_time_limit_is_ended_with_its_children_and_reported()
    {
        if (!OperatingSystem.IsLinux()) return; // a shell script and /proc
        var fake = FakeSoffice($"sleep 60 &\necho $! > '{P("fake-child.pid")}'\nwait");
        var env = new Dictionary<string, string> { [PdfConverter.ProgramVariable] = fake, [PdfConverter.TimeoutVariable] = "1" };
        var clock = Stopwatch.StartNew();
        var run = Run(env, "build", "minimal.yaml", "--pdf", "--docx");
        clock.Stop();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("perfreport: LibreOffice 在 1 秒内没有把报告转换为 PDF，已终止它；未生成 \"minimal.pdf\"。报告很长或机器繁忙时，可用环境变量 PERFREPORT_PDF_TIMEOUT 放宽时限（秒，默认 300）\n", run.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}"); // a hang guard, not a timing check
        Assert.Empty(Written()); // the .docx asked for as well is not written either: a file's outputs go together
        Assert.Empty(OwnWorkFolders());

        // The script's child (the real soffice.bin would be one) was ended too: gone, or a zombie awaiting its reaper.
        var child = File.ReadAllText(P("fake-child.pid")).Trim();
        var stat = $"/proc/{child}/stat";
        if (File.Exists(stat)) Assert.Contains(") Z ", File.ReadAllText(stat), StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversion_that_fails_quotes_LibreOffice_and_writes_nothing()
    {
        if (!OperatingSystem.IsLinux()) return;
        var fake = FakeSoffice("echo 'Error: source file could not be loaded' >&2\nexit 3");
        var run = Run("build", "minimal.yaml", "-o", "m.pdf", "--soffice", fake);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"perfreport: LibreOffice（\"{fake}\"）没能把报告转换为 PDF（退出码 3：Error: source file could not be loaded）；未生成 \"m.pdf\"\n", run.Error);
        Assert.Empty(Written());
        Assert.Empty(OwnWorkFolders());
    }

    [Fact]
    public void A_converter_that_exits_leaving_a_child_holding_its_output_does_not_hang_the_run()
    {
        if (!OperatingSystem.IsLinux()) return;
        var fake = FakeSoffice("sleep 30 &\nexit 4");
        var clock = Stopwatch.StartNew();
        var run = Run("build", "minimal.yaml", "-o", "m.pdf", "--soffice", fake);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"took {clock.Elapsed}"); // the child lives 30 s
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"perfreport: LibreOffice（\"{fake}\"）没能把报告转换为 PDF（退出码 4）；未生成 \"m.pdf\"\n", run.Error);
        Assert.Empty(Written());
    }

    [Fact]
    public void The_converter_is_given_its_own_profile_and_the_docx_to_convert()
    {
        if (!OperatingSystem.IsLinux()) return;

        // The stand-in records its arguments and "converts" by copying the .docx into --outdir as report.pdf.
        var fake = FakeSoffice($"printf '%s\\n' \"$@\" > '{P("fake-args.txt")}'\nwhile [ \"$1\" != --outdir ]; do shift; done\nmkdir -p \"$2\"\ncp \"$3\" \"$2/report.pdf\"");
        var run = Run("build", "minimal.yaml", "-o", "m.pdf", "--soffice", fake);
        Assert.Equal(0, run.ExitCode);
        var args = File.ReadAllLines(P("fake-args.txt"));
        Assert.Matches($"^-env:UserInstallation=file:///.*/perfreport-pdf-{Environment.ProcessId}-[0-9a-f]{{32}}/profile/$", args[0]);
        Assert.Equal(["--headless", "--norestore", "--nologo", "--nolockcheck", "--convert-to", "pdf", "--outdir"], args[1..8]);
        Assert.EndsWith("/report.docx", args[9], StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(P("m.pdf"))[..2]); // the .docx went through, as bytes
        Assert.Equal($"已写出 m.pdf（{Kb("m.pdf")}）\n", run.Out); // no pages: the stand-in's "PDF" has none
        Assert.Empty(OwnWorkFolders());
    }

    // ---- the real LibreOffice -----------------------------------------------------------------------------------

    private static Dictionary<string, string> WithPath() => new() { ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "" };

    private static string Tool(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    private static string PdfText(string pdf) => Tool("pdftotext", pdf, "-");

    private static string PdfPages(string pdf) =>
        Tool("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim();

    [LibreOfficeFact]
    public void Two_builds_at_once_both_write_their_PDF_and_docx_is_kept_only_when_asked()
    {
        Directory.CreateDirectory(P("a"));
        var runs = new[]
        {
            Task.Run(() => Run(WithPath(), "build", "2022.yaml", "-o", "a/2022.pdf")),
            Task.Run(() => Run(WithPath(), "build", "minimal.yaml", "--pdf", "--docx")),
        };
        Task.WaitAll(runs);
        Assert.All(runs, r => Assert.True(r.Result.ExitCode == 0, r.Result.Error));
        Assert.Equal(["a/2022.pdf", "minimal.docx", "minimal.pdf"], Written());
        Assert.Matches(@"^已写出 a/2022\.pdf（\d+ 页，\d+ KB）\n\z", runs[0].Result.Out);
        Assert.Matches(@"^已写出 minimal\.docx（\d+ KB）\n已写出 minimal\.pdf（\d+ 页，\d+ KB）\n\z", runs[1].Result.Out);
        foreach (var (pdf, output) in new[] { ("a/2022.pdf", runs[0].Result.Out), ("minimal.pdf", runs[1].Result.Out) })
        {
            Assert.Contains($"已写出 {pdf}（{PdfPages(P(pdf))} 页，{Kb(pdf)}）\n", output, StringComparison.Ordinal);
            Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(P(pdf))[..4]);
            Assert.Contains("一、部门（单位）基本情况", PdfText(P(pdf)), StringComparison.Ordinal);
        }

        Assert.Contains("益阳市资阳区工商业联合会", PdfText(P("a/2022.pdf")), StringComparison.Ordinal);
        Assert.Empty(OwnWorkFolders());
    }
}
