using System.CommandLine;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport explain PR2001</c>: what a rule checks, why it matters, an example.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("code") { Description = "规则编号，例如 PR2001" };
        var command = new Command("explain", "说明一条规则：检查什么、为何重要、示例") { code };
        command.SetAction(pr =>
        {
            var id = pr.GetValue(code)!;
            if (Rules.Retired.TryGetValue(id.Trim().ToUpperInvariant(), out var retired))
            {
                context.Error.WriteLine($"perfreport: {id.Trim().ToUpperInvariant()} 已停用：{retired}");
                return ExitCodes.UsageOrEnvironment;
            }

            if (Rules.Find(id) is not { } d)
            {
                context.Error.WriteLine($"perfreport: 没有编号为 \"{id}\" 的规则；运行 perfreport rules 查看全部规则");
                return ExitCodes.UsageOrEnvironment;
            }

            context.Out.WriteLine($"# {d.Id} {d.Title}（{Rules.SeverityName(d.DefaultSeverity)}）");
            context.Out.WriteLine();
            context.Out.WriteLine(d.Explanation.TrimEnd());
            return ExitCodes.Success;
        });
        return command;
    }
}
