using System.CommandLine;
using PerfReport.Cli.Output;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport score FILE</c>: scores the 自评表 by the report's profile and shows the working.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file")
        {
            Description = "要计分的报告数据文件（YAML）；写 - 表示从标准输入读取",
        };
        var format = CommonOptions.DataFormat();
        format.Description = "输出格式：text（默认：计分表输出到标准输出，问题清单输出到标准错误）或 json（计分表和问题清单一起输出到标准输出）";
        var command = new Command("score", "按评分规则计算自评表得分：每个指标的类型、算式和得分，各级小计、预算执行率、总分和等级") { file, format };
        command.SetAction(pr => Run(pr.GetValue(file)!, pr.GetValue(format)!, context));
        return command;
    }

    public static int Run(string file, string format, CliContext context)
    {
        var bytes = InputFiles.Read(file, context);
        if (bytes is null) return ExitCodes.UsageOrEnvironment;
        var name = InputFiles.DisplayName(file);
        // Scoring needs the 自评表, not a complete report: what build would still need is listed as warnings (draft).
        var result = Compilation.Validate(name, bytes, IncludedFiles.OptionsFor(file, context) with { Draft = true });
        if (format == "json")
        {
            ScoreSheetJson.Write(name, result.ScoreSheet, result.Diagnostics, context);
        }
        else
        {
            if (result.ScoreSheet is { } sheet) ScoreSheetText.Write(sheet, context.Out);
            CommonOptions.Formatter(format).Write(result.Diagnostics, context);
        }

        if (result.ScoreSheet is null && !result.HasErrors)
        {
            context.Error.WriteLine("perfreport: 文件中没有自评表（self_evaluation），没有可计分的内容");
            return ExitCodes.InputHasErrors;
        }

        if (result.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.InternalError.Id)) return ExitCodes.UsageOrEnvironment;
        return result.HasErrors ? ExitCodes.InputHasErrors : ExitCodes.Success;
    }
}
