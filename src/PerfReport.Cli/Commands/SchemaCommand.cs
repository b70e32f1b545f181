using System.CommandLine;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport schema</c>: prints the JSON Schema of the input format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", "输出报告数据文件的 JSON Schema（供编辑器自动补全和悬停提示）");
        command.SetAction(_ =>
        {
            context.Out.Write(Schema.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
