using System.CommandLine;
using PerfReport.Cli.Output;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport score FILE...</c>: scores the 自评表 by the report's profile and shows the working.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "要计分的报告数据文件（YAML），可以写多个，也可以写目录或通配模式（如 reports/**/*.yaml）；写 - 表示从标准输入读取",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.DataFormat();
        format.Description = "输出格式：text（默认：计分表输出到标准输出，问题清单输出到标准错误）或 json（计分表和问题清单一起输出到标准输出；多个文件时为数组）";
        var command = new Command("score", "按评分规则计算自评表得分：每个指标的类型、算式和得分，各级小计、预算执行率、总分和等级") { files, format };
        command.SetAction(pr => Run(pr.GetValue(files)!, pr.GetValue(format)!, context));
        return command;
    }

    public static int Run(IReadOnlyList<string> arguments, string format, CliContext context)
    {
        if (InputExpansion.Expand(arguments, context) is not { } inputs) return ExitCodes.UsageOrEnvironment;
        var progress = new BatchProgress(context, inputs.Files.Count);
        var worst = ExitCodes.Success;
        var sheets = new List<(string Name, CompilationResult Result)>();
        var done = 0;
        foreach (var file in inputs.Files)
        {
            var bytes = InputFiles.Read(file, context);
            if (bytes is null)
            {
                worst = ExitCodes.UsageOrEnvironment;
            }
            else
            {
                var name = InputFiles.DisplayName(file);
                // Scoring needs the 自评表, not a complete report: what build would still need is listed as warnings (draft).
                sheets.Add((name, Compilation.Validate(name, bytes, IncludedFiles.OptionsFor(file, context) with { Draft = true })));
            }

            progress.Done(++done);
        }

        if (sheets.Count == 0) return worst;
        Write(sheets, inputs.Many, format, context);
        foreach (var (name, result) in sheets) worst = Math.Max(worst, ExitCode(name, result, context));
        return worst;
    }

    private static void Write(List<(string Name, CompilationResult Result)> sheets, bool many, string format, CliContext context)
    {
        if (format == "json")
        {
            ScoreSheetJson.Write([.. sheets.Select(s => (s.Name, s.Result.ScoreSheet, s.Result.Diagnostics))], many, context);
            return;
        }

        foreach (var (name, result) in sheets)
        {
            if (result.ScoreSheet is not { } sheet) continue;
            if (many) context.Out.WriteLine($"== {TerminalText.Escape(name)} ==");
            ScoreSheetText.Write(sheet, context.Out);
            if (many) context.Out.WriteLine();
        }

        var all = sheets.SelectMany(s => s.Result.Diagnostics).ToList();
        all.Sort(Diagnostic.Compare);
        var suppressed = sheets.SelectMany(s => s.Result.Suppressed).ToList();
        suppressed.Sort(Diagnostic.Compare);
        CommonOptions.Formatter(format).Write(new DiagnosticReport(all, suppressed, []), context.Out, context);
    }

    private static int ExitCode(string name, CompilationResult result, CliContext context)
    {
        if (result.ScoreSheet is null && !result.HasErrors)
        {
            context.Error.WriteLine($"perfreport: {TerminalText.Escape(name)}：文件中没有自评表（self_evaluation），没有可计分的内容");
            return ExitCodes.InputHasErrors;
        }

        if (result.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.InternalError.Id)) return ExitCodes.UsageOrEnvironment;
        return result.HasErrors ? ExitCodes.InputHasErrors : ExitCodes.Success;
    }
}
