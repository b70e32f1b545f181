using System.CommandLine;
using PerfReport.Cli.Output;
using PerfReport.Diagnostics;

namespace PerfReport.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    /// <summary>--format for commands whose data is a report of their own (score): text or json only.</summary>
    public static Option<string?> DataFormat()
    {
        var option = new Option<string?>("--format", "-f")
        {
            Description = "输出格式：text（默认，终端中阅读）或 json（输出到标准输出）",
            HelpName = "text|json",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    public static Option<string?> Format()
    {
        var option = new Option<string?>("--format", "-f")
        {
            Description = "问题清单的输出格式：text（默认，输出到标准错误）、json、sarif（SARIF 2.1.0）或 github（GitHub Actions 注释）；后三种输出到标准输出。在 GitHub Actions 中（GITHUB_ACTIONS=true）默认为 github",
            HelpName = "text|json|sarif|github",
        };
        option.AcceptOnlyFromAmong(Formats);
        return option;
    }

    public static Option<bool> WarningsAsErrors() => new("--warnings-as-errors")
    {
        Description = "把警告也当作错误：有警告时退出码为 1",
    };

    /// <summary>The format asked for; when none is given, github inside GitHub Actions and text elsewhere.</summary>
    public static string ResolveFormat(string? asked, CliContext context) =>
        asked ?? (string.Equals(context.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase) ? "github" : "text");

    public static IDiagnosticFormatter Formatter(string format) => format switch
    {
        "json" => new JsonDiagnosticFormatter(),
        "sarif" => new SarifDiagnosticFormatter(),
        "github" => new GitHubDiagnosticFormatter(),
        _ => new TextDiagnosticFormatter(),
    };

    /// <summary>With --warnings-as-errors, every warning becomes an error (a promotion in the CLI, not a second exit code).</summary>
    public static IEnumerable<Diagnostic> Promote(IEnumerable<Diagnostic> diagnostics, bool warningsAsErrors) =>
        warningsAsErrors ? diagnostics.Select(d => d with { Severity = Severity.Error }) : diagnostics;
}
