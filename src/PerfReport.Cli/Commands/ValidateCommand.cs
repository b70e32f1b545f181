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
            Description = "要检查的报告数据文件（YAML），可以写多个；写 - 表示从标准输入读取",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var command = new Command("validate", "检查报告数据：结构、字段、金额合计、百分比、得分，逐条列出问题") { files, format };
        command.SetAction(pr => Run(pr.GetValue(files)!, pr.GetValue(format)!, context));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, string format, CliContext context)
    {
        var all = new List<Diagnostic>();
        var unreadable = false;
        foreach (var file in files)
        {
            var bytes = InputFiles.Read(file, context);
            if (bytes is null)
            {
                unreadable = true;
                continue;
            }

            all.AddRange(Compilation.Validate(InputFiles.DisplayName(file), bytes, IncludedFiles.OptionsFor(file, context)).Diagnostics);
        }

        all.Sort(Diagnostic.Compare);
        CommonOptions.Formatter(format).Write(all, context);
        if (unreadable) return ExitCodes.UsageOrEnvironment;
        return all.Any(d => d.Severity == Severity.Error) ? ExitCodes.InputHasErrors : ExitCodes.Success;
    }
}
