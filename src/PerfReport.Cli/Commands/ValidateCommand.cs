using System.CommandLine;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport validate FILE...</c>: reads and checks reports; writes nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "要检查的报告数据文件（YAML），可以写多个；也可以写目录（检查其中及子目录中所有 .yaml/.yml 文件）或通配模式（如 reports/**/*.yaml）；写 - 表示从标准输入读取",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var strict = CommonOptions.WarningsAsErrors();
        var draft = new Option<bool>("--draft")
        {
            Description = "文件还在填写中：报告缺少的部分、数字和指标分值（PR1013–PR1015）只作为警告列出；build 总是要求完整",
        };
        var command = new Command("validate", "检查报告数据：结构、字段、金额合计、百分比、得分，逐条列出问题") { files, format, strict, draft };
        command.SetAction(pr => Run(pr.GetValue(files)!, CommonOptions.ResolveFormat(pr.GetValue(format), context), pr.GetValue(strict), context, pr.GetValue(draft)));
        return command;
    }

    public static int Run(IReadOnlyList<string> arguments, string format, bool warningsAsErrors, CliContext context, bool draft = false)
    {
        if (InputExpansion.Expand(arguments, context) is not { Files: var files }) return ExitCodes.UsageOrEnvironment;
        var progress = new BatchProgress(context, files.Count);
        var all = new List<Diagnostic>();
        var unreadable = false;
        var read = 0;
        var done = 0;
        foreach (var file in files)
        {
            var bytes = InputFiles.Read(file, context);
            if (bytes is null)
            {
                unreadable = true;
                progress.Done(++done);
                continue;
            }

            read++;
            try
            {
                var options = IncludedFiles.OptionsFor(file, context) with { Draft = draft };
                all.AddRange(CommonOptions.Promote(Compilation.Validate(InputFiles.DisplayName(file), bytes, options).Diagnostics, warningsAsErrors));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One file's fault must not hide the others' diagnostics.
                context.Error.WriteLine($"perfreport: {file}：内部错误（{e.GetType().Name}: {e.Message}）；这是工具的缺陷，请把此文件反馈给开发者");
                unreadable = true;
            }

            progress.Done(++done);
        }

        all.Sort(Diagnostic.Compare);
        if (read > 0) CommonOptions.Formatter(format).Write(all, context);
        if (unreadable || all.Any(d => d.Id == DiagnosticDescriptors.InternalError.Id)) return ExitCodes.UsageOrEnvironment;
        return all.Any(d => d.Severity == Severity.Error) ? ExitCodes.InputHasErrors : ExitCodes.Success;
    }
}
