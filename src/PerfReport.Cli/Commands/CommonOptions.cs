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

    public static Option<string?> OutputFile() => new("--output-file")
    {
        Description = "把 json 或 sarif 格式的问题清单写入这个文件（而不是标准输出），如 --format sarif --output-file perfreport.sarif；文件先写到临时文件再改名，不会留下写了一半的文件",
        HelpName = "path",
    };

    /// <summary>True for the formats whose output is a document for programs (json, sarif).</summary>
    public static bool IsDataFormat(string format) => format is "json" or "sarif";

    /// <summary>Why --output-file cannot be used as given (one Chinese sentence), or null.</summary>
    public static string? OutputFileProblem(string? outputFile, string format, IReadOnlyList<string> inputs, CliContext context)
    {
        if (outputFile is null) return null;
        if (!IsDataFormat(format)) return $"--output-file 只用于 --format json 或 --format sarif；{format} 格式的问题清单写在终端上";
        if (outputFile.Length == 0 || outputFile == "-") return "--output-file 需要一个文件名（不能是 -）；要输出到标准输出，不写 --output-file 即可";
        if (Directory.Exists(context.Resolve(outputFile))) return $"--output-file \"{outputFile}\" 是一个目录，请给出文件名，例如 perfreport.sarif";
        var plan = new OutputPlan(context);
        foreach (var input in inputs)
        {
            if (!InputExpansion.IsPattern(input) && !Directory.Exists(context.Resolve(input))) plan.AddInput(input);
        }

        return plan.Problem(outputFile, "--output-file") is { } problem ? problem.Replace("请用 -o 指定 .docx 路径", "请给 --output-file 另一个文件名", StringComparison.Ordinal).Replace("请用 -o 指定别的路径", "请给 --output-file 另一个文件名", StringComparison.Ordinal) : null;
    }

    /// <summary>Writes the report in its format, to stdout or (json, sarif) to <paramref name="outputFile"/>; false when the file could not be written.</summary>
    public static bool WriteReport(string format, DiagnosticReport report, string? outputFile, CliContext context)
    {
        if (outputFile is null)
        {
            Formatter(format).Write(report, context.Out, context);
            return true;
        }

        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Formatter(format).Write(report, buffer, context);
        return OutputFiles.Write(outputFile, new System.Text.UTF8Encoding(false).GetBytes(buffer.ToString()), context);
    }

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
