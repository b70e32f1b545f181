using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using PerfReport.Cli.Commands;

namespace PerfReport.Cli;

/// <summary>The command line: builds the commands, turns parse problems into Chinese messages, maps faults to exit 2.</summary>
internal static partial class Cli
{
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = Commands(context);
        root.Options.Add(ProfilesOption());

        // The library's own option texts are English (InvariantGlobalization); the users read Chinese.
        foreach (var option in root.Options)
        {
            if (option is HelpOption) option.Description = "显示帮助和用法";
            if (option is VersionOption) option.Description = "显示版本号";
        }

        return root;
    }

    /// <summary>--profiles DIR: a folder besides the report's own from which <c>profile_file</c> may be read.</summary>
    private const string ProfilesName = "--profiles";

    private static Option<string?> ProfilesOption() => new(ProfilesName)
    {
        Description = "评分规则文件（profile_file）除报告所在目录外还可以放在这个目录中",
        HelpName = "dir",
        Recursive = true,
    };

    private static RootCommand Commands(CliContext context) =>
        new("perfreport：部门整体支出绩效自评报告的数据检查与生成工具")
        {
            InitCommand.Create(context),
            BuildCommand.Create(context),
            ValidateCommand.Create(context),
            RulesCommand.Create(context),
            ExplainCommand.Create(context),
            ScoreCommand.Create(context),
            SummaryCommand.Create(context),
            SchemaCommand.Create(context),
            TemplatesCommand.Create(context),
        };

    public static int Run(string[] args, CliContext context)
    {
        try
        {
            var root = CreateRoot(context);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) context.Error.WriteLine($"perfreport: {Translate(error)}");
                context.Error.WriteLine("perfreport: 运行 perfreport --help 查看用法");
                return ExitCodes.UsageOrEnvironment;
            }

            context.Includes.ProfilesFolder = parse.GetValue<string?>(ProfilesName);
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"perfreport: 内部错误：{e.GetType().Name}: {e.Message}。这是工具的缺陷，请把输入文件和这条信息反馈给开发者。");
            return ExitCodes.UsageOrEnvironment;
        }
    }

    private static string Translate(ParseError error)
    {
        var m = error.Message;
        if (m.StartsWith("Required argument", StringComparison.Ordinal)) return "缺少要处理的文件，例如 perfreport validate 2022.yaml";
        if (m.StartsWith("Required command", StringComparison.Ordinal)) return "缺少命令，例如 perfreport validate 2022.yaml";
        if (Choice().Match(m) is { Success: true } c)
        {
            var option = error.SymbolResult switch
            {
                OptionResult o => $"选项 {o.Option.Name} ",
                ArgumentResult { Parent: OptionResult o } => $"选项 {o.Option.Name} ",
                _ => "",
            };
            var allowed = string.Join("、", Quoted().Matches(c.Groups[2].Value).Select(q => q.Groups[1].Value));
            return $"{option}的值 \"{c.Groups[1].Value}\" 无效，可选：{allowed}";
        }

        if (m.StartsWith("Unrecognized command or argument", StringComparison.Ordinal))
            return $"无法识别的命令或参数 {m["Unrecognized command or argument".Length..].Trim().TrimEnd('.')}";
        return $"命令行参数有误（{m}）";
    }

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex Choice();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
