using System.CommandLine;
using PerfReport.Cli.Output;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport validate FILE...</c>: reads and checks reports; writes nothing but the diagnostics.</summary>
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
        var outputFile = CommonOptions.OutputFile();
        var draft = new Option<bool>("--draft")
        {
            Description = "文件还在填写中：报告缺少的部分、数字和指标分值（PR1013–PR1015）以及写了字段名而值还空着的必填字段（PR1001）只作为警告列出；build 总是要求完整",
        };
        var previous = new Option<string?>("--previous")
        {
            Description = "上年的报告数据文件：核对本年文件中每个上年数（上年决算数、与上年比较的上年数）是否等于上年文件的本年数（PR3030）",
            HelpName = "file",
        };
        var command = new Command("validate", "检查报告数据：结构、字段、金额合计、百分比、得分，逐条列出问题") { files, format, strict, draft, previous, outputFile };
        command.SetAction(pr => Run(pr.GetValue(files)!, CommonOptions.ResolveFormat(pr.GetValue(format), context), pr.GetValue(strict), context, pr.GetValue(draft), pr.GetValue(outputFile), pr.GetValue(previous)));
        return command;
    }

    public static int Run(IReadOnlyList<string> arguments, string format, bool warningsAsErrors, CliContext context, bool draft = false, string? outputFile = null, string? previousFile = null)
    {
        if (CommonOptions.OutputFileProblem(outputFile, format, arguments, context) is { } problem)
        {
            context.Error.WriteLine($"perfreport: {problem}");
            return ExitCodes.UsageOrEnvironment;
        }

        var failures = new List<InputFailure>();
        if (InputExpansion.Expand(arguments, context, failures) is not { Files: var files })
        {
            // Nothing was checked: a data format still says so, rather than staying silent.
            if (CommonOptions.IsDataFormat(format)) CommonOptions.WriteReport(format, new DiagnosticReport([], [], failures), outputFile, context);
            return ExitCodes.UsageOrEnvironment;
        }

        var withPrevious = previousFile is null ? null : ReadPrevious(previousFile, context);
        if (previousFile is not null && withPrevious is null) return ExitCodes.UsageOrEnvironment;

        var progress = new BatchProgress(context, files.Count);
        var all = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();
        var read = 0;
        var done = 0;
        foreach (var file in files)
        {
            var bytes = InputFiles.Read(file, context, failures);
            if (bytes is null)
            {
                progress.Done(++done);
                continue;
            }

            read++;
            try
            {
                var options = IncludedFiles.OptionsFor(file, context) with { Draft = draft };
                if (withPrevious is not null) options = Compilation.WithPrevious(options, withPrevious);
                var result = Compilation.Validate(InputFiles.DisplayName(file), bytes, options);
                all.AddRange(CommonOptions.Promote(result.Diagnostics, warningsAsErrors));
                suppressed.AddRange(result.Suppressed);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One file's fault must not hide the others' diagnostics.
                var message = $"{file}：内部错误（{e.GetType().Name}: {e.Message}）；这是工具的缺陷，请把此文件反馈给开发者";
                context.Error.WriteLine($"perfreport: {message}");
                failures.Add(new InputFailure(file, message));
            }

            progress.Done(++done);
        }

        all.Sort(Diagnostic.Compare);
        suppressed.Sort(Diagnostic.Compare);
        var written = true;
        if (read > 0 || CommonOptions.IsDataFormat(format))
            written = CommonOptions.WriteReport(format, new DiagnosticReport(all, suppressed, failures), outputFile, context);
        if (!written || failures.Count > 0 || all.Any(d => d.Id == DiagnosticDescriptors.InternalError.Id)) return ExitCodes.UsageOrEnvironment;
        return all.Any(d => d.Severity == Severity.Error) ? ExitCodes.InputHasErrors : ExitCodes.Success;
    }

    /// <summary>Last year's file for --previous, read and bound; null after printing why it cannot be used.</summary>
    private static CompilationOptions? ReadPrevious(string file, CliContext context)
    {
        var bytes = InputFiles.Read(file, context);
        if (bytes is null) return null;
        var (options, diagnostics, _) = Compilation.ReadPrevious(InputFiles.DisplayName(file), bytes, IncludedFiles.OptionsFor(file, context));
        var fatal = diagnostics.Where(d => d.Severity == Severity.Error && d.Id.StartsWith("PR0", StringComparison.Ordinal)).ToList();
        if (fatal.Count == 0 && Compilation.HasPrevious(options)) return options;
        context.Error.WriteLine($"perfreport: 无法读取上年的文件 \"{file}\"（--previous），没有做任何检查；请先改正：");
        foreach (var d in fatal.Take(10)) context.Error.WriteLine($"  {d.FilePath}({d.Span.Line},{d.Span.Column}): {d.Id}: {d.Message}");
        return null;
    }
}
