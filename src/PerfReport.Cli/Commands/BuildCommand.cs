using System.CommandLine;
using System.Globalization;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport build FILE... [-o PATH]</c>: checks each report and, when it has no errors, writes it as .docx.</summary>
internal static class BuildCommand
{
    /// <summary>The last second of year 9999, the largest date a .docx can carry.</summary>
    private const long MaxEpoch = 253_402_300_799;

    /// <summary>A reference .docx may hold embedded fonts, so it gets a larger cap than a report.</summary>
    private const int MaxReferenceBytes = 64 * 1024 * 1024;

    private sealed record Settings(string? Output, bool Split, string? Templates, string? Reference, string Format, bool WarningsAsErrors, string? WordTemplate = null);

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "报告数据文件（YAML），可以写多个", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "输出的 .docx 路径；输入多个文件时为输出目录。默认写在输入文件旁边，同名、扩展名为 .docx", HelpName = "path" };
        var split = new Option<bool>("--split") { Description = "另外把两张附表各写成一个 .docx（如 2022-附表1-基础数据表.docx）" };
        var templates = new Option<string?>("--templates") { Description = "使用自己的模板目录（先用 perfreport templates export 导出默认模板再修改）", HelpName = "dir" };
        var reference = new Option<string?>("--reference-doc") { Description = "使用自己的参考文档（.docx）：取其样式、页面设置和页眉页脚", HelpName = "file" };
        var word = new Option<string?>("--template") { Description = "用自己的 Word 文档（.docx）作为整份报告：文档中的 {{ 标签 }} 填入数据（变量见 perfreport templates vars）", HelpName = "file.docx" };
        var format = CommonOptions.Format();
        var strict = CommonOptions.WarningsAsErrors();
        var command = new Command("build", "生成完整报告（.docx）：先检查，没有错误才写出；有警告时照常写出并列出警告")
        {
            files, output, split, templates, reference, word, format, strict,
        };
        command.SetAction(pr => Run(
            pr.GetValue(files)!,
            new Settings(pr.GetValue(output), pr.GetValue(split), pr.GetValue(templates), pr.GetValue(reference), CommonOptions.ResolveFormat(pr.GetValue(format), context), pr.GetValue(strict), pr.GetValue(word)),
            context));
        return command;
    }

    private static int Run(string[] files, Settings settings, CliContext context)
    {
        var options = Options(settings, context);
        var plan = options is null ? null : Plan(files, settings, context);
        if (options is null || plan is null) return ExitCodes.UsageOrEnvironment;
        var all = new List<Diagnostic>();
        var worst = ExitCodes.Success;
        foreach (var file in files)
        {
            int code;
            try
            {
                code = BuildOne(file, files.Length > 1, settings, options, plan, all, context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One file's fault must not stop the others.
                context.Error.WriteLine($"perfreport: {file}：内部错误（{e.GetType().Name}: {e.Message}），未生成；这是工具的缺陷，请把此文件反馈给开发者");
                code = ExitCodes.UsageOrEnvironment;
            }

            worst = Math.Max(worst, code);
        }

        all.Sort(Diagnostic.Compare);
        if (all.Count > 0 || worst != ExitCodes.UsageOrEnvironment) CommonOptions.Formatter(settings.Format).Write(all, context);
        return worst;
    }

    private static int BuildOne(string file, bool many, Settings settings, CompilationOptions options, OutputPlan plan, List<Diagnostic> all, CliContext context)
    {
        var bytes = InputFiles.Read(file, context);
        if (bytes is null) return ExitCodes.UsageOrEnvironment;
        var result = Compilation.Build(InputFiles.DisplayName(file), bytes, options with { ReadRelativeFile = IncludedFiles.OptionsFor(file, context).ReadRelativeFile });
        var diagnostics = CommonOptions.Promote(result.Diagnostics, settings.WarningsAsErrors).ToList();
        all.AddRange(diagnostics);
        var target = Target(file, many, settings.Output);
        if (diagnostics.Any(d => d.Id == DiagnosticDescriptors.InternalError.Id)) return ExitCodes.UsageOrEnvironment;
        if (diagnostics.Any(d => d.Severity == Severity.Error) || result.Docx is null)
        {
            Progress(context, $"{file}：有错误，未生成");
            return ExitCodes.InputHasErrors;
        }

        var stem = Path.GetFileNameWithoutExtension(target);
        var attachments = result.Attachments.Select(a => (Path: Path.Combine(Path.GetDirectoryName(target) ?? "", $"{stem}-{a.Name}.docx"), a.Docx)).ToList();
        foreach (var a in attachments)
        {
            if (plan.Problem(a.Path, file) is not { } problem) continue;
            context.Error.WriteLine($"perfreport: {problem}；{file} 未生成");
            return ExitCodes.UsageOrEnvironment;
        }

        if (!OutputFiles.Write(target, result.Docx, context)) return ExitCodes.UsageOrEnvironment;
        foreach (var a in attachments)
        {
            if (!OutputFiles.Write(a.Path, a.Docx, context)) return ExitCodes.UsageOrEnvironment;
        }

        Progress(context, $"{file} → {target}");
        return ExitCodes.Success;
    }

    /// <summary>No output may replace an input, and no two inputs may write the same output (compared as files, not spellings).</summary>
    private static OutputPlan? Plan(string[] files, Settings settings, CliContext context)
    {
        var plan = new OutputPlan(context);
        foreach (var file in files) plan.AddInput(file);
        foreach (var file in files)
        {
            if (plan.Problem(Target(file, files.Length > 1, settings.Output), file) is not { } problem) continue;
            context.Error.WriteLine($"perfreport: {problem}");
            return null;
        }

        return plan;
    }

    /// <summary>Beside the input by default; with several inputs, -o names a directory.</summary>
    private static string Target(string file, bool many, string? output)
    {
        var name = file == "-" ? "stdin.docx" : Path.ChangeExtension(Path.GetFileName(file), ".docx");
        if (output is null) return file == "-" ? name : Path.Combine(Path.GetDirectoryName(file) ?? "", name);
        return many || output.EndsWith('/') || output.EndsWith('\\') || Directory.Exists(output) ? Path.Combine(output, name) : output;
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
