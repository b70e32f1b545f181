using System.CommandLine;
using System.Globalization;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Commands;

/// <summary>
/// <c>perfreport build FILE... [-o PATH] [--pdf] [--markdown] [--docx]</c>: checks each report and, when it has no
/// errors, writes it as .docx, as PDF (through LibreOffice) and/or as Markdown, and prints one line per file written.
/// </summary>
internal static class BuildCommand
{
    /// <summary>The last second of year 9999, the largest date a .docx can carry.</summary>
    private const long MaxEpoch = 253_402_300_799;

    /// <summary>A reference .docx may hold embedded fonts, so it gets a larger cap than a report.</summary>
    private const int MaxReferenceBytes = 64 * 1024 * 1024;

    private sealed record Settings(string? Output, bool Split, string? Templates, string? Reference, string Format, bool WarningsAsErrors, string? WordTemplate = null)
    {
        /// <summary>The kinds asked for by option (--docx, --pdf, --markdown).</summary>
        public IReadOnlyList<OutputKind> Asked { get; init; } = [];

        /// <summary>What to write: the -o file's kind and the ones asked for by option; .docx when none is named.</summary>
        public OutputKind[] Kinds { get; init; } = [OutputKind.Docx];

        public bool Quiet { get; init; }

        public string? Soffice { get; init; }

        /// <summary>How many files are built at a time.</summary>
        public int Jobs { get; init; } = 1;

        /// <summary>Where json/sarif diagnostics go instead of stdout (--output-file).</summary>
        public string? DiagnosticsFile { get; init; }
    }

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "报告数据文件（YAML），可以写多个，也可以写目录或通配模式（如 reports/**/*.yaml）", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "输出文件的路径，扩展名决定格式：.docx、.pdf（经 LibreOffice 转换）或 .md（Markdown）；输入多个文件或以 / 结尾时为输出目录。默认写在输入文件旁边，同名、扩展名为 .docx", HelpName = "path" };
        var docx = new Option<bool>("--docx") { Description = "写出 Word 文档（.docx）；不指定任何格式时的默认。与 --pdf 同用可同时保留 .docx" };
        var pdf = new Option<bool>("--pdf") { Description = $"写出 PDF：用 LibreOffice 把生成的 Word 文档转换为 PDF（只写 .pdf，除非另加 --docx）。转换时限默认 {PdfConverter.DefaultTimeoutSeconds} 秒，可用环境变量 {PdfConverter.TimeoutVariable} 设定" };
        var markdown = new Option<bool>("--markdown", "--md") { Description = "写出 Markdown（.md）：整份报告的文本与两张附表（GFM 表格），便于在代码评审中比较改动" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "不列出写出的文件（默认每写出一个文件列出一行：路径和页数或大小）" };
        var soffice = new Option<string?>("--soffice") { Description = $"LibreOffice 的 soffice 程序路径（默认在 PATH 中查找；也可用环境变量 {PdfConverter.ProgramVariable}）", HelpName = "path" };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "同时生成几份报告（默认且最多为处理器核数；1 为逐份生成）。输出的顺序、内容和退出码与逐份生成相同",
            HelpName = "n",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = r =>
            {
                var token = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) return n;
                r.AddError($"--jobs 应为不小于 1 的整数，这里是 \"{token}\"");
                return 1;
            },
        };
        var split = new Option<bool>("--split") { Description = "另外把两张附表各写成一个 .docx（如 2022-附表1-基础数据表.docx）" };
        var templates = new Option<string?>("--templates") { Description = "使用自己的模板目录（先用 perfreport templates export 导出默认模板再修改）", HelpName = "dir" };
        var reference = new Option<string?>("--reference-doc") { Description = "使用自己的参考文档（.docx）：取其样式、页面设置和页眉页脚", HelpName = "file" };
        var word = new Option<string?>("--template") { Description = "用自己的 Word 文档（.docx）作为整份报告：文档中的 {{ 标签 }} 填入数据（变量见 perfreport templates vars）", HelpName = "file.docx" };
        var format = CommonOptions.Format();
        var strict = CommonOptions.WarningsAsErrors();
        var diagnosticsFile = CommonOptions.OutputFile();
        var command = new Command("build", "生成完整报告（.docx，或 PDF、Markdown）：先检查，没有错误才写出；有警告时照常写出并列出警告；每写出一个文件在标准输出列出一行")
        {
            files, output, docx, pdf, markdown, split, templates, reference, word, format, strict, quiet, soffice, jobs, diagnosticsFile,
        };
        command.SetAction(pr =>
        {
            var settings = new Settings(pr.GetValue(output), pr.GetValue(split), pr.GetValue(templates), pr.GetValue(reference), CommonOptions.ResolveFormat(pr.GetValue(format), context), pr.GetValue(strict), pr.GetValue(word))
            {
                Quiet = pr.GetValue(quiet),
                Soffice = pr.GetValue(soffice),
                Jobs = Math.Min(pr.GetValue(jobs), Environment.ProcessorCount),
                DiagnosticsFile = pr.GetValue(diagnosticsFile),
            };
            var asked = new List<OutputKind>();
            if (pr.GetValue(docx)) asked.Add(OutputKind.Docx);
            if (pr.GetValue(pdf)) asked.Add(OutputKind.Pdf);
            if (pr.GetValue(markdown)) asked.Add(OutputKind.Markdown);
            return Run(pr.GetValue(files)!, settings with { Asked = asked }, context);
        });
        return command;
    }

    /// <summary>The -o file's kind (when it names a file) and the kinds asked for by option, in a fixed order; else .docx.</summary>
    private static OutputKind[] Kinds(Settings settings, bool many, CliContext context)
    {
        var kinds = new List<OutputKind>(settings.Asked);
        if (settings.Output is { } o && !IsFolder(o, many, context) && OutputKinds.Of(o) is { } named) kinds.Add(named);
        return kinds.Count == 0 ? [OutputKind.Docx] : [.. kinds.Distinct().Order()];
    }

    /// <summary>-o names a folder when there are several inputs, when it ends with a separator or when it is one.</summary>
    private static bool IsFolder(string output, bool many, CliContext context) =>
        many || output.EndsWith('/') || output.EndsWith('\\') || Directory.Exists(context.Resolve(output));

    /// <summary>The problem with the -o value itself, before anything is read: "-", or a file name of no known kind.</summary>
    private static string? OutputProblem(string[] files, bool many, string? output, CliContext context)
    {
        if (output is null) return null;
        if (output == "-") return "不能把报告写到标准输出（-o -）：报告是文件，请给出文件名，例如 -o 2022.docx";
        if (IsFolder(output, many, context) || OutputKinds.Of(output) is not null) return null;

        // Writing onto an input is the graver mistake, so it is the one named.
        var inputs = new OutputPlan(context);
        foreach (var file in files) inputs.AddInput(file);
        return inputs.Problem(output, files[0]) ?? OutputKinds.UnknownExtension(output);
    }

    private static int Run(string[] arguments, Settings settings, CliContext context)
    {
        if (CommonOptions.OutputFileProblem(settings.DiagnosticsFile, settings.Format, arguments, context) is { } fileProblem)
        {
            context.Error.WriteLine($"perfreport: {fileProblem}");
            return ExitCodes.UsageOrEnvironment;
        }

        var failures = new List<Output.InputFailure>();
        if (InputExpansion.Expand(arguments, context, failures) is not { } inputs)
        {
            if (CommonOptions.IsDataFormat(settings.Format)) CommonOptions.WriteReport(settings.Format, new Output.DiagnosticReport([], [], failures), settings.DiagnosticsFile, context);
            return ExitCodes.UsageOrEnvironment;
        }

        var files = inputs.Files.ToArray();
        var many = inputs.Many;
        settings = settings with { Kinds = Kinds(settings, many, context) };
        if (OutputProblem(files, many, settings.Output, context) is { } outputProblem)
        {
            context.Error.WriteLine($"perfreport: {outputProblem}");
            return ExitCodes.UsageOrEnvironment;
        }

        var options = Options(settings, context);
        var plan = options is null ? null : Plan(files, many, settings, options, context);
        if (options is null || plan is null) return ExitCodes.UsageOrEnvironment;
        PdfConverter? converter = null;
        if (settings.Kinds.Contains(OutputKind.Pdf) && (converter = PdfConverter.Locate(settings.Soffice, context)) is null) return ExitCodes.UsageOrEnvironment;
        var all = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();
        var worst = ExitCodes.Success;
        var progress = new BatchProgress(context, files.Length);
        var done = 0;
        foreach (var outcome in InOrder(files, settings.Jobs, file => BuildBuffered(file, many, settings, options, converter, context)))
        {
            // Each file's lines, whole and in input order, whichever finished first.
            context.Out.Write(outcome.Out);
            context.Error.Write(outcome.Error);
            all.AddRange(outcome.Diagnostics);
            suppressed.AddRange(outcome.Suppressed);
            failures.AddRange(outcome.Failures);
            worst = Math.Max(worst, outcome.Code);
            progress.Done(++done);
        }

        all.Sort(Diagnostic.Compare);
        suppressed.Sort(Diagnostic.Compare);
        var report = new Output.DiagnosticReport(all, suppressed, failures);
        if ((all.Count > 0 || worst != ExitCodes.UsageOrEnvironment || CommonOptions.IsDataFormat(settings.Format))
            && !CommonOptions.WriteReport(settings.Format, report, settings.DiagnosticsFile, context)) return ExitCodes.UsageOrEnvironment;
        return worst;
    }

    /// <summary>What building one file printed and found, held until the files before it have been printed.</summary>
    private sealed record Outcome(int Code, Found Found, string Out, string Error)
    {
        public List<Diagnostic> Diagnostics => Found.Diagnostics;

        public List<Diagnostic> Suppressed => Found.Suppressed;

        public List<Output.InputFailure> Failures => Found.Failures;
    }

    /// <summary>One file's findings: its diagnostics, its suppressed findings, and why it could not be built at all.</summary>
    private sealed record Found(List<Diagnostic> Diagnostics, List<Diagnostic> Suppressed, List<Output.InputFailure> Failures);

    /// <summary>
    /// The outcomes of <paramref name="build"/> over the files, in input order, as soon as each one and those before it
    /// are done: up to <paramref name="jobs"/> files are built at a time, on threads with the main thread's stack size
    /// (so a deep input behaves as in a serial run); with one job, or one file, everything runs on this thread.
    /// </summary>
    private static IEnumerable<Outcome> InOrder(string[] files, int jobs, Func<string, Outcome> build)
    {
        jobs = Math.Clamp(jobs, 1, files.Length);
        if (jobs == 1)
        {
            foreach (var file in files) yield return build(file);
            yield break;
        }

        var outcomes = files.Select(_ => new TaskCompletionSource<Outcome>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var next = -1;
        void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < files.Length)
            {
                // BuildBuffered catches what a file can throw; anything else still reaches the reader, not a dead thread.
                try { outcomes[i].SetResult(build(files[i])); }
                catch (Exception e) { outcomes[i].SetException(e); }
            }
        }

        for (var k = 0; k < jobs; k++) new Thread(Work, WorkerStack) { IsBackground = true, Name = "perfreport build" }.Start();
        foreach (var outcome in outcomes) yield return outcome.Task.GetAwaiter().GetResult();
    }

    /// <summary>8 MiB, the main thread's stack on Linux; a worker thread's default is smaller.</summary>
    private const int WorkerStack = 8 * 1024 * 1024;

    /// <summary>One file built with its own output buffers, its faults reported as its own.</summary>
    private static Outcome BuildBuffered(string file, bool many, Settings settings, CompilationOptions options, PdfConverter? converter, CliContext context)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = context.Out.NewLine };
        var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = context.Error.NewLine };
        var local = context with { Out = output, Error = error };
        var written = new WrittenFiles(settings.Quiet ? null : settings.Format == "text" ? output : error);
        var found = new Found([], [], []);
        int code;
        try
        {
            code = BuildOne(file, many, settings, options, converter, written, found, local);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One file's fault must not stop the others.
            var message = $"{file}：内部错误（{e.GetType().Name}: {e.Message}），未生成；这是工具的缺陷，请把此文件反馈给开发者";
            error.WriteLine($"perfreport: {message}");
            found.Failures.Add(new Output.InputFailure(file, message));
            code = ExitCodes.UsageOrEnvironment;
        }

        return new Outcome(code, found, output.ToString(), error.ToString());
    }

    private static int BuildOne(
        string file, bool many, Settings settings, CompilationOptions options, PdfConverter? converter, WrittenFiles written, Found found, CliContext context)
    {
        var bytes = InputFiles.Read(file, context, found.Failures);
        if (bytes is null) return ExitCodes.UsageOrEnvironment;
        var result = Compilation.Build(InputFiles.DisplayName(file), bytes, options with
        {
            ReadRelativeFile = IncludedFiles.OptionsFor(file, context).ReadRelativeFile,
            Markdown = settings.Kinds.Contains(OutputKind.Markdown),
        });
        var diagnostics = CommonOptions.Promote(result.Diagnostics, settings.WarningsAsErrors).ToList();
        found.Diagnostics.AddRange(diagnostics);
        found.Suppressed.AddRange(result.Suppressed);
        if (diagnostics.Any(d => d.Id == DiagnosticDescriptors.InternalError.Id)) return ExitCodes.UsageOrEnvironment;
        if (diagnostics.Any(d => d.Severity == Severity.Error) || result.Docx is null)
        {
            Progress(context, $"{file}：有错误，未生成");
            return ExitCodes.InputHasErrors;
        }

        // Everything this file writes, made first: a failed PDF conversion writes none of them.
        var outputs = new List<(string Path, byte[] Bytes, OutputKind Kind)>();
        foreach (var kind in settings.Kinds)
        {
            var target = Target(file, many, settings.Output, kind, context);
            var content = kind switch
            {
                OutputKind.Pdf => converter!.Convert(result.Docx, target, context),
                OutputKind.Markdown => System.Text.Encoding.UTF8.GetBytes(result.Markdown!),
                _ => result.Docx,
            };
            if (content is null) return ExitCodes.UsageOrEnvironment;
            outputs.Add((target, content, kind));
        }

        // Their paths were claimed with the others before the batch began (Plan).
        var main = Target(file, many, settings.Output, settings.Kinds[0], context);
        var attachments = result.Attachments.Select(a => (Path: AttachmentPath(main, a.Name), Bytes: a.Docx, Kind: OutputKind.Docx)).ToList();
        foreach (var o in outputs.Concat(attachments))
        {
            if (!OutputFiles.Write(o.Path, o.Bytes, context)) return ExitCodes.UsageOrEnvironment;
            written.Report(o.Path, o.Bytes, o.Kind);
        }

        return ExitCodes.Success;
    }

    /// <summary>No output may replace an input, and no two inputs may write the same output (compared as files, not spellings).</summary>
    /// <remarks>
    /// Every output is claimed here, before anything is written, the tables of <c>--split</c> included: the files of a
    /// parallel batch are written in no fixed order, and a path must be refused whether or not the file it would
    /// collide with has been written yet.
    /// </remarks>
    private static OutputPlan? Plan(string[] files, bool many, Settings settings, CompilationOptions options, CliContext context)
    {
        var plan = new OutputPlan(context);
        foreach (var file in files) plan.AddInput(file);
        var split = settings.Split ? Rendering.SplitAttachments.Names(options.Templates) : [];
        foreach (var file in files)
        {
            var main = Target(file, many, settings.Output, settings.Kinds[0], context);
            var targets = settings.Kinds.Select(kind => Target(file, many, settings.Output, kind, context)).Concat(split.Select(name => AttachmentPath(main, name)));
            foreach (var target in targets)
            {
                if (plan.Problem(target, file) is not { } problem) continue;
                context.Error.WriteLine($"perfreport: {problem}");
                return null;
            }
        }

        return plan;
    }

    /// <summary>Where an attached table of <c>--split</c> goes: beside the main output, its name after the main one's.</summary>
    private static string AttachmentPath(string main, string name) =>
        Path.Combine(Path.GetDirectoryName(main) ?? "", $"{Path.GetFileNameWithoutExtension(main)}-{name}.docx");

    /// <summary>
    /// Where one kind of output goes: beside the input by default; in the folder -o names; else -o itself for its own
    /// kind and -o with that kind's extension for the others (<c>-o 2022.pdf --docx</c> also writes 2022.docx).
    /// </summary>
    private static string Target(string file, bool many, string? output, OutputKind kind, CliContext context)
    {
        var name = file == "-" ? "stdin" + kind.Extension() : Path.ChangeExtension(Path.GetFileName(file), kind.Extension());
        if (output is null) return file == "-" ? name : Path.Combine(Path.GetDirectoryName(file) ?? "", name);
        if (IsFolder(output, many, context)) return Path.Combine(output, name);
        return OutputKinds.Of(output) == kind ? output : Path.ChangeExtension(output, kind.Extension());
    }

    private static void Progress(CliContext context, string line)
    {
        if (context.Interactive) context.Error.WriteLine($"perfreport: {line}");
    }

    private static CompilationOptions? Options(Settings settings, CliContext context)
    {
        if (settings.WordTemplate is { } wordPath)
        {
            if (settings.Templates is not null || settings.Reference is not null || settings.Split)
            {
                context.Error.WriteLine("perfreport: --template 指定的 Word 文档就是整份报告，不能与 --templates、--reference-doc 或 --split 同时使用");
                return null;
            }

            if (settings.Kinds.Contains(OutputKind.Markdown))
            {
                context.Error.WriteLine("perfreport: 用 --template 生成的是 Word 文档本身，没有 Markdown 版本；请去掉 --markdown（或 -o 的 .md），需要时用 --pdf");
                return null;
            }

            // Read and compiled once: every report of the batch is built from the same compiled template.
            var bytes = ReadDocx(wordPath, "Word 模板", context);
            return bytes is null ? null : WithTimestamp(new CompilationOptions { WordTemplate = Rendering.WordTemplates.WordTemplate.Load(wordPath, bytes) }, context);
        }

        var templates = settings.Templates is null ? null : TemplateFolder.Read(settings.Templates, context);
        if (settings.Templates is not null && templates is null) return null;
        var referencePath = settings.Reference ?? (settings.Templates is null ? null : TemplateFolder.ReferenceIn(settings.Templates, context));
        byte[]? reference = null;
        if (referencePath is not null)
        {
            reference = ReadDocx(referencePath, "参考文档", context);
            if (reference is null) return null;
        }

        return WithTimestamp(new CompilationOptions { Templates = templates, ReferenceDocx = reference, Split = settings.Split }, context);
    }

    /// <summary>The options with the document date of SOURCE_DATE_EPOCH, if set; null after reporting a bad value.</summary>
    private static CompilationOptions? WithTimestamp(CompilationOptions options, CliContext context)
    {
        DateTimeOffset? timestamp = null;
        if (context.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 } epoch)
        {
            if (!long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxEpoch)
            {
                context.Error.WriteLine($"perfreport: 环境变量 SOURCE_DATE_EPOCH 应为 1970 年以来的秒数（不晚于 9999 年），这里是 \"{epoch}\"");
                return null;
            }

            timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return options with { Timestamp = timestamp };
    }

    private static byte[]? ReadDocx(string path, string what, CliContext context)
    {
        var full = context.Resolve(path);
        if (!File.Exists(full))
        {
            context.Error.WriteLine($"perfreport: 找不到{what} \"{path}\"");
            return null;
        }

        try
        {
            var bytes = InputFiles.ReadCapped(File.OpenRead(full), MaxReferenceBytes);
            if (bytes.Length <= MaxReferenceBytes) return bytes;
            context.Error.WriteLine($"perfreport: {what} \"{path}\" 超过 64 MiB，请检查是否选错了文件");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"perfreport: 无法读取{what} \"{path}\"：{IoErrors.Describe(e)}");
        }

        return null;
    }
}
