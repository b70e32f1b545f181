using System.CommandLine;
using PerfReport.Cli.Output;

namespace PerfReport.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static readonly string[] Formats = ["text", "json"];

    public static Option<string> Format()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "问题清单的输出格式：text（默认，输出到标准错误）或 json（输出到标准输出）",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        option.AcceptOnlyFromAmong(Formats);
        return option;
    }

    public static IDiagnosticFormatter Formatter(string format) => format switch
    {
        "json" => new JsonDiagnosticFormatter(),
        _ => new TextDiagnosticFormatter(),
    };
}
