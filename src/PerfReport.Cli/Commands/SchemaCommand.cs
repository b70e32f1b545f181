using System.CommandLine;
using System.Text;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport schema [--write DIR]</c>: prints the JSON Schema of the input format, or writes it into a folder.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var write = new Option<string?>("--write")
        {
            Description = $"把 Schema 写入这个目录（文件名 {Schema.FileName}），并输出它的路径；报告文件第一行写 # yaml-language-server: $schema=它的相对路径",
            HelpName = "dir",
        };
        var command = new Command("schema", "输出报告数据文件的 JSON Schema（供编辑器自动补全和悬停提示）") { write };
        command.SetAction(pr =>
        {
            if (pr.GetValue(write) is not { } folder)
            {
                context.Out.Write(Schema.Text);
                return ExitCodes.Success;
            }

            if (File.Exists(context.Resolve(folder)))
            {
                context.Error.WriteLine($"perfreport: \"{folder}\" 是一个文件，不是目录；--write 后面写要放 Schema 的目录");
                return ExitCodes.UsageOrEnvironment;
            }

            var path = Path.Combine(folder, Schema.FileName);
            if (!OutputFiles.Write(path, Encoding.UTF8.GetBytes(Schema.Text), context)) return ExitCodes.UsageOrEnvironment;
            context.Out.WriteLine(path);
            return ExitCodes.Success;
        });
        return command;
    }
}
