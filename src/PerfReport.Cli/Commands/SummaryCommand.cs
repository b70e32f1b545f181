using System.CommandLine;
using PerfReport.Cli.Output;
using PerfReport.Diagnostics;
using PerfReport.Summary;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport summary FILE|DIR|PATTERN... [-o 汇总.xlsx] [--format text|json]</c>: one line per report.</summary>
internal static class SummaryCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "要汇总的报告数据文件（YAML）、目录（其中及子目录中所有 .yaml/.yml 文件）或通配模式（如 reports/**/*.yaml）",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "写出 Excel 工作簿（.xlsx）：第一张表每份报告一行（部门、年度、收入合计、支出合计、预算执行率、自评总分、等级、错误数、警告数、第一个错误）和合计行，第二张表列出全部问题",
            HelpName = "path.xlsx",
        };
        var format = CommonOptions.DataFormat();
        format.Description = "输出到标准输出的格式：text（对齐的表格；不写 -o 时默认）或 json";
        var draft = new Option<bool>("--draft")
        {
            Description = "报告还在填写中：缺少的部分、数字和指标分值只算警告（同 validate --draft）",
        };
        var command = new Command("summary", "汇总多份报告：每份一行，列出部门、年度、收支合计、预算执行率、自评总分、等级和问题数；可写成 .xlsx") { files, output, format, draft };
        command.SetAction(pr => Run(pr.GetValue(files)!, pr.GetValue(output), pr.GetValue(format), pr.GetValue(draft), context));
        return command;
    }

    public static int Run(IReadOnlyList<string> arguments, string? output, string? format, bool draft, CliContext context)
    {
        if (output is not null && OutputProblem(output) is { } wrong)
        {
            context.Error.WriteLine($"perfreport: {wrong}");
            return ExitCodes.UsageOrEnvironment;
        }

        if (InputExpansion.Expand(arguments, context) is not { Files: var files }) return ExitCodes.UsageOrEnvironment;
        if (output is not null && Overwrites(output, files, context))
        {
            context.Error.WriteLine($"perfreport: 输出文件 \"{output}\" 是输入文件之一，不会覆盖它；请用 -o 指定别的 .xlsx 路径");
            return ExitCodes.UsageOrEnvironment;
        }

        var reports = new List<ReportSummary>();
        var failed = false;
        var progress = new BatchProgress(context, files.Count);
        var done = 0;
        foreach (var file in files)
        {
            if (InputFiles.Read(file, context) is { } bytes)
            {
                var name = InputFiles.DisplayName(file);
                try
                {
                    var result = Compilation.Validate(name, bytes, IncludedFiles.OptionsFor(file, context) with { Draft = draft });
                    reports.Add(ReportSummary.Of(name, result));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    context.Error.WriteLine($"perfreport: {file}：内部错误（{e.GetType().Name}: {e.Message}）；这是工具的缺陷，请把此文件反馈给开发者");
                    failed = true;
                }
            }
            else
            {
                failed = true;
            }

            progress.Done(++done);
        }

        if (failed)
        {
            context.Error.WriteLine("perfreport: 有文件未能读取或检查，未生成汇总；请按上面的提示改正后重新运行");
            return ExitCodes.UsageOrEnvironment;
        }

        if (output is not null)
        {
            if (!OutputFiles.Write(output, SummaryWorkbook.Write(reports), context)) return ExitCodes.UsageOrEnvironment;
            context.Error.WriteLine($"perfreport: 已写出 {TerminalText.Escape(output)}（{reports.Count} 份报告）");
        }

        if (format == "json") SummaryJson.Write(reports, context.Out);
        else if (format == "text" || output is null) SummaryText.Write(reports, context.Out);

        if (reports.Any(r => r.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.InternalError.Id))) return ExitCodes.UsageOrEnvironment;
        return reports.Any(r => r.Errors > 0) ? ExitCodes.InputHasErrors : ExitCodes.Success;
    }

    private static string? OutputProblem(string output)
    {
        if (output == "-") return "汇总工作簿不能写到标准输出（-）；请写 .xlsx 文件名，或用 --format text|json 把汇总输出到标准输出";
        return string.Equals(Path.GetExtension(output), ".xlsx", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"汇总只能写成 Excel 工作簿：输出文件 \"{output}\" 应以 .xlsx 结尾（要文本或 JSON 请用 --format text|json）";
    }

    private static bool Overwrites(string output, IReadOnlyList<string> files, CliContext context)
    {
        var plan = new OutputPlan(context);
        foreach (var file in files) plan.AddInput(file);
        return plan.Problem(output, "summary") is not null;
    }
}
