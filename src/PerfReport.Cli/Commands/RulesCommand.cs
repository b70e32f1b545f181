using System.CommandLine;

namespace PerfReport.Cli.Commands;

/// <summary><c>perfreport rules</c>: every rule, one line each; <c>--markdown</c> gives the README's table.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var markdown = new Option<bool>("--markdown") { Description = "以 Markdown 表格输出（README 中的规则表即由此生成）" };
        var command = new Command("rules", "列出全部检查规则：编号、级别和一句话说明") { markdown };
        command.SetAction(pr =>
        {
            if (pr.GetValue(markdown))
            {
                context.Out.Write(Rules.Markdown());
                return ExitCodes.Success;
            }

            foreach (var d in Rules.All)
                context.Out.WriteLine($"{d.Id}  {Rules.SeverityName(d.DefaultSeverity)}  {d.Title}");
            return ExitCodes.Success;
        });
        return command;
    }
}
