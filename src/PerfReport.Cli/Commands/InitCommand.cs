using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerfReport.Diagnostics;
using PerfReport.Yearly;

namespace PerfReport.Cli.Commands;

/// <summary>
/// <c>perfreport init FILE [--from LAST] [--year N] [--force]</c>: writes a commented skeleton of a report, or this
/// year's file made from last year's, and the schema file its modeline points at beside it.
/// </summary>
internal static partial class InitCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "要生成的报告数据文件，如 2024.yaml" };
        var from = new Option<string?>("--from")
        {
            Description = "上年的报告数据文件：单位信息、职责、机构、编制、指标及其指标值和分值、目标照搬，上年的本年决算数转入上年决算数栏，本年的数字和得分留空",
            HelpName = "file",
        };
        var year = new Option<int?>("--year")
        {
            Description = "报告年度；不写时取文件名开头的四位数字（2024.yaml → 2024），再不行取 --from 文件的年度加 1",
            HelpName = "n",
        };
        var force = new Option<bool>("--force")
        {
            Description = "覆盖已有的文件；--from 文件的年度不是上一年时也照样生成",
        };
        var command = new Command("init", "生成新一年的报告数据文件：带中文填写说明的空白框架，或用 --from 从上年的文件生成") { file, from, year, force };
        command.SetAction(pr => Run(pr.GetValue(file)!, pr.GetValue(from), pr.GetValue(year), pr.GetValue(force), context));
        return command;
    }

    public static int Run(string file, string? from, int? year, bool force, CliContext context)
    {
        if (file == "-")
        {
            context.Error.WriteLine("perfreport: 不能把 - 作为要生成的文件名；请写文件名，如 2024.yaml");
            return ExitCodes.UsageOrEnvironment;
        }

        var target = context.Resolve(file);
        if (!force && (File.Exists(target) || Directory.Exists(target)))
        {
            context.Error.WriteLine($"perfreport: \"{file}\" 已存在，没有改动它；要覆盖请加 --force，或换一个文件名");
            return ExitCodes.UsageOrEnvironment;
        }

        CompilationResult? last = null;
        if (from is not null)
        {
            var bytes = InputFiles.Read(from, context);
            if (bytes is null) return ExitCodes.UsageOrEnvironment;
            last = Compilation.Validate(InputFiles.DisplayName(from), bytes, IncludedFiles.OptionsFor(from, context) with { Draft = true });
            if (!Readable(last, from, context)) return ExitCodes.UsageOrEnvironment;
        }

        var lastYear = last?.Year;
        var chosen = year ?? YearOfName(file) ?? lastYear + 1;
        if (chosen is not { } y || y < 2000 || y > 2100)
        {
            context.Error.WriteLine(chosen is null
                ? $"perfreport: 无法从文件名 \"{file}\" 得出报告年度；请用 --year 写明，如 --year 2024"
                : $"perfreport: 报告年度 {chosen.Value.ToString(CultureInfo.InvariantCulture)} 不是四位年份（2000–2100）");
            return ExitCodes.UsageOrEnvironment;
        }

        if (last is not null && !force && lastYear != y - 1)
        {
            context.Error.WriteLine(lastYear is null
                ? $"perfreport: \"{from}\" 没有写年度（year），无法确认它是 {(y - 1).ToString(CultureInfo.InvariantCulture)} 年的报告；确认无误请加 --force"
                : $"perfreport: \"{from}\" 是 {lastYear.Value.ToString(CultureInfo.InvariantCulture)} 年的报告，不是 {(y - 1).ToString(CultureInfo.InvariantCulture)} 年（{y.ToString(CultureInfo.InvariantCulture)} 的上一年）的；确认无误请加 --force");
            return ExitCodes.UsageOrEnvironment;
        }

        var skeleton = last is null
            ? ReportSkeleton.Create(y, Schema.FileName)
            : ReportSkeleton.CreateFrom(y, Schema.FileName, last, Path.GetFileName(from!));
        var schemaPath = Path.Combine(Path.GetDirectoryName(file) ?? "", Schema.FileName);
        if (!OutputFiles.Write(file, Encoding.UTF8.GetBytes(skeleton.Text), context)) return ExitCodes.UsageOrEnvironment;
        context.Out.WriteLine($"已写出 {file}（{WrittenFiles.Kilobytes(Encoding.UTF8.GetByteCount(skeleton.Text))}）");
        if (!OutputFiles.Write(schemaPath, Encoding.UTF8.GetBytes(Schema.Text), context)) return ExitCodes.UsageOrEnvironment;
        context.Out.WriteLine($"已写出 {schemaPath}（{WrittenFiles.Kilobytes(Encoding.UTF8.GetByteCount(Schema.Text))}，供编辑器补全和提示；{file} 第一行的 $schema 指向它）");
        if (skeleton.Carried.Count > 0)
        {
            context.Out.WriteLine($"从 {from} 转入：");
            foreach (var item in skeleton.Carried) context.Out.WriteLine($"  - {item}");
        }

        context.Out.WriteLine("需要填写：");
        foreach (var item in skeleton.ToFill) context.Out.WriteLine($"  - {item}");
        context.Out.WriteLine(last is null
            ? $"填写过程中用 perfreport validate --draft {file} 检查。"
            : $"填写过程中用 perfreport validate --draft {file} --previous {from} 检查。");
        return ExitCodes.Success;
    }

    /// <summary>Last year's file must at least bind: YAML errors or an unreadable encoding leave nothing to carry over.</summary>
    private static bool Readable(CompilationResult last, string from, CliContext context)
    {
        var fatal = last.Diagnostics.Where(d => d.Severity == Severity.Error && (!last.HasModel || d.Id.StartsWith("PR0", StringComparison.Ordinal))).ToList();
        if (fatal.Count == 0) return true;
        context.Error.WriteLine($"perfreport: 无法读取上年的文件 \"{from}\"，没有生成任何文件；请先改正：");
        foreach (var d in fatal.Take(10)) context.Error.WriteLine($"  {d.FilePath}({d.Span.Line.ToString(CultureInfo.InvariantCulture)},{d.Span.Column.ToString(CultureInfo.InvariantCulture)}): {d.Id}: {d.Message}");
        return false;
    }

    /// <summary>The year a file name starts with: 2024.yaml, 2024年自评.yaml.</summary>
    internal static int? YearOfName(string file) =>
        LeadingYear().Match(Path.GetFileName(file)) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^((?:19|20|21)\d{2})(?!\d)")]
    private static partial Regex LeadingYear();
}
