using PerfReport.Text;

namespace PerfReport.Cli;

/// <summary>
/// Files a report names (its <c>scoring.profile_file</c>): read here and passed to the Core as text. A report is data
/// that may come from anyone (a pull request), so it may name only a regular file of modest size inside its own folder,
/// or inside the folder given with <c>--profiles DIR</c>; the path is compared after resolving every link, so neither
/// "..", an absolute path nor a symbolic link leads outside. A FIFO, a device or a directory is refused unopened.
/// </summary>
internal static class IncludedFiles
{
    /// <summary>The largest profile file read; a real one has a few dozen lines.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>Compilation options whose file reader resolves paths against the folder of <paramref name="reportArgument"/>.</summary>
    public static CompilationOptions OptionsFor(string reportArgument, CliContext context)
    {
        var folder = reportArgument == "-"
            ? context.WorkingDirectory
            : Path.GetDirectoryName(context.Resolve(reportArgument)) ?? context.WorkingDirectory;
        var roots = new List<string> { folder };
        if (context.Includes.ProfilesFolder is { } extra) roots.Add(context.Resolve(extra));
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        return CompilationOptions.Default with
        {
            ReadRelativeFile = path => Read(roots, path, context, reasons),
            DescribeUnreadable = path => reasons.GetValueOrDefault(path),
        };
    }

    private static SourceText? Read(List<string> roots, string path, CliContext context, Dictionary<string, string> reasons)
    {
        string? reason = null;
        foreach (var root in roots)
        {
            var (text, why) = ReadUnder(root, path, context);
            if (text is not null) return text;
            reason ??= why;
        }

        reasons[path] = reason ?? "文件不存在";
        return null;
    }

    private static (SourceText?, string?) ReadUnder(string root, string path, CliContext context)
    {
        try
        {
            if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal)) return (null, "路径无效");
            var realRoot = RealPath.Of(root);
            var real = RealPath.Of(Path.GetFullPath(path, root));
            if (realRoot is null || real is null) return (null, "文件不存在");
            if (!RealPath.IsInside(real, realRoot))
                return (null, "文件在报告所在目录之外；评分规则文件只能放在报告所在目录（或 --profiles 指定的目录）中");
            var (_, kind) = FileIdentity.Of(real, followLinks: false);
            switch (kind)
            {
                case FileKind.Missing:
                    return (null, "文件不存在");
                case FileKind.Directory:
                    return (null, "这是一个目录，不是文件");
                case FileKind.Regular:
                    break;
                default:
                    return (null, "这不是普通文件（可能是管道或设备），不予读取");
            }

            if (new FileInfo(real).Length > MaxBytes) return (null, $"文件超过 {MaxBytes / 1024} KiB，不像是评分规则文件");
            var shown = Path.GetRelativePath(context.WorkingDirectory, real).Replace('\\', '/');
            var bytes = InputFiles.ReadCapped(new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read), MaxBytes);
            if (bytes.Length > MaxBytes) return (null, $"文件超过 {MaxBytes / 1024} KiB，不像是评分规则文件");
            return SourceText.FromUtf8(shown, bytes) is { } text ? (text, null) : (null, "文件不是 UTF-8 编码");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, IoErrors.Describe(e));
        }
    }
}
