using System.CommandLine;
using System.Globalization;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport build FILE... [-o PATH]</c>: checks each report and, when it has no errors, writes it as .docx.</summary>
internal static class BuildCommand
{
    private sealed record Settings(string? Output, bool Split, string? Templates, string? Reference, string Format, bool WarningsAsErrors);

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "报告数据文件（YAML），可以写多个", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "输出的 .docx 路径；输入多个文件时为输出目录。默认写在输入文件旁边，同名、扩展名为 .docx", HelpName = "path" };
        var split = new Option<bool>("--split") { Description = "另外把两张附表各写成一个 .docx（如 2022-附表1-基础数据表.docx）" };
        var templates = new Option<string?>("--templates") { Description = "使用自己的模板目录（先用 perfreport templates export 导出默认模板再修改）", HelpName = "dir" };
        var reference = new Option<string?>("--reference-doc") { Description = "使用自己的参考文档（.docx）：取其样式、页面设置和页眉页脚", HelpName = "file" };
        var format = CommonOptions.Format();
        var strict = CommonOptions.WarningsAsErrors();
        var command = new Command("build", "生成完整报告（.docx）：先检查，没有错误才写出；有警告时照常写出并列出警告")
        {
            files, output, split, templates, reference, format, strict,
        };
        command.SetAction(pr => Run(
            pr.GetValue(files)!,
            new Settings(pr.GetValue(output), pr.GetValue(split), pr.GetValue(templates), pr.GetValue(reference), CommonOptions.ResolveFormat(pr.GetValue(format), context), pr.GetValue(strict)),
            context));
        return command;
    }

    private static int Run(string[] files, Settings settings, CliContext context)
    {
        var options = Options(settings, context);
        if (options is null) return ExitCodes.UsageOrEnvironment;
        var all = new List<Diagnostic>();
        var worst = ExitCodes.Success;
        foreach (var file in files)
        {
            var code = BuildOne(file, files.Length > 1, settings, options, all, context);
            worst = Math.Max(worst, code);
        }

        all.Sort(Diagnostic.Compare);
        if (all.Count > 0 || worst != ExitCodes.UsageOrEnvironment) CommonOptions.Formatter(settings.Format).Write(all, context);
        return worst;
    }

    private static int BuildOne(string file, bool many, Settings settings, CompilationOptions options, List<Diagnostic> all, CliContext context)
    {
        var bytes = InputFiles.Read(file, context);
        if (bytes is null) return ExitCodes.UsageOrEnvironment;
        var result = Compilation.Build(InputFiles.DisplayName(file), bytes, options with { ReadRelativeFile = IncludedFiles.OptionsFor(file, context).ReadRelativeFile });
        var diagnostics = CommonOptions.Promote(result.Diagnostics, settings.WarningsAsErrors).ToList();
        all.AddRange(diagnostics);
        var target = Target(file, many, settings.Output);
        if (diagnostics.Any(d => d.Severity == Severity.Error) || result.Docx is null)
        {
            Progress(context, $"{file}：有错误，未生成");
            return ExitCodes.InputHasErrors;
        }

        if (!OutputFiles.Write(target, result.Docx, context)) return ExitCodes.UsageOrEnvironment;
        foreach (var a in result.Attachments)
        {
            var stem = Path.GetFileNameWithoutExtension(target);
            var path = Path.Combine(Path.GetDirectoryName(target) ?? "", $"{stem}-{a.Name}.docx");
            if (!OutputFiles.Write(path, a.Docx, context)) return ExitCodes.UsageOrEnvironment;
        }

        Progress(context, $"{file} → {target}");
        return ExitCodes.Success;
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
        var templates = settings.Templates is null ? null : TemplateFolder.Read(settings.Templates, context);
        if (settings.Templates is not null && templates is null) return null;
        var referencePath = settings.Reference ?? (settings.Templates is null ? null : TemplateFolder.ReferenceIn(settings.Templates, context));
        byte[]? reference = null;
        if (referencePath is not null)
        {
            reference = InputFiles.Read(referencePath, context);
            if (reference is null) return null;
        }

        DateTimeOffset? timestamp = null;
        if (context.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 } epoch)
        {
            if (!long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                context.Error.WriteLine($"perfreport: 环境变量 SOURCE_DATE_EPOCH 应为秒数，这里是 \"{epoch}\"");
                return null;
            }

            timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return new CompilationOptions { Templates = templates, ReferenceDocx = reference, Split = settings.Split, Timestamp = timestamp };
    }
}
