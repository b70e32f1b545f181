using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace PerfReport.Cli;

/// <summary>The input files of a run, after expansion.</summary>
/// <param name="Files">Each file once, in the order the arguments were given (a folder's or a pattern's files sorted ordinal by path); "-" stands for stdin.</param>
/// <param name="Many">True when several arguments were given or one of them was a folder or a pattern (the output then names each file).</param>
internal sealed record InputList(IReadOnlyList<string> Files, bool Many);

/// <summary>
/// Turns the command line's inputs into files, as the tool itself must on Windows, whose shells expand nothing: a file
/// is itself; a folder stands for every <c>*.yaml</c> and <c>*.yml</c> below it; an argument with <c>*</c> is a pattern
/// (<c>*</c> within a name, <c>**</c> across folders, as in <c>reports/**/*.yaml</c>); <c>-</c> is stdin. Names that
/// start with "." (.git, .github) are not walked into, as shells leave them out of <c>*</c>, and links to folders are
/// not followed, so a link loop cannot walk forever. The arguments keep the user's order (as a shell keeps it); the files
/// a folder or a pattern stands for are sorted ordinal by path among themselves. Each file is kept once, at its first
/// place, compared by what it is (device and inode), not how it is spelled.
/// </summary>
internal static class InputExpansion
{
    private static readonly string[] ReportPatterns = ["**/*.yaml", "**/*.yml"];

    /// <summary>The files, or null after printing why an argument gives none (exit 2).</summary>
    public static InputList? Expand(IReadOnlyList<string> arguments, CliContext context, List<Output.InputFailure>? failures = null)
    {
        var found = new List<string>();
        var failed = false;
        var many = arguments.Count > 1;
        foreach (var argument in arguments)
        {
            var full = argument == "-" ? null : context.Resolve(argument);
            if (full is null || File.Exists(full))
            {
                found.Add(argument);
                continue;
            }

            List<string>? matches = null;
            string? problem = null;
            try
            {
                if (Directory.Exists(full))
                {
                    many = true;
                    matches = Match(argument, full, ReportPatterns);
                    if (matches.Count == 0) problem = $"目录 \"{argument}\" 及其子目录中没有 .yaml 或 .yml 文件";
                }
                else if (IsPattern(argument))
                {
                    many = true;
                    var (folder, pattern) = Split(argument);
                    var root = context.Resolve(folder.Length == 0 ? "." : folder);
                    matches = Directory.Exists(root) ? Match(folder, root, [pattern]) : [];
                    if (matches.Count == 0) problem = $"模式 \"{argument}\" 没有匹配到任何文件；请检查路径（* 匹配名称中的任意字符，** 匹配任意层子目录，例如 reports/**/*.yaml）";
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problem = $"无法读取目录 \"{argument}\"：{IoErrors.Describe(e)}";
            }

            if (problem is not null)
            {
                context.Error.WriteLine($"perfreport: {problem}");
                failures?.Add(new Output.InputFailure(argument, problem));
                failed = true;
            }
            else
            {
                // Not a folder nor a pattern: a file that is missing, which reading it reports in the usual words.
                found.AddRange(matches ?? [argument]);
            }
        }

        return failed ? null : new InputList(Distinct(found, context), many);
    }

    /// <summary>True for an argument with a wildcard (an existing file of that name is taken as a file first).</summary>
    public static bool IsPattern(string argument) => argument.Contains('*', StringComparison.Ordinal);

    /// <summary>The folder before the first segment with a wildcard (as written, possibly empty) and the pattern after it.</summary>
    internal static (string Folder, string Pattern) Split(string argument)
    {
        var root = Path.GetPathRoot(argument) ?? "";
        var segments = argument[root.Length..].Split(['/', '\\']);
        var first = Array.FindIndex(segments, s => s.Contains('*', StringComparison.Ordinal));
        var folder = root + string.Join('/', segments[..first]);
        var pattern = string.Join('/', segments[first..]);
        return (folder, pattern);
    }

    private static List<string> Match(string shownFolder, string fullFolder, IEnumerable<string> patterns)
    {
        var matcher = new Matcher(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        foreach (var pattern in patterns) matcher.AddInclude(pattern);
        var result = matcher.Execute(new Folder(new DirectoryInfo(fullFolder)));
        return [.. result.Files.Select(f => Join(shownFolder, f.Path)).Order(StringComparer.Ordinal)];
    }

    private static string Join(string folder, string relative)
    {
        if (folder is "" or "." or "./" or ".\\") return relative;
        var separator = folder.EndsWith('/') || folder.EndsWith('\\') ? "" : "/";
        return folder + separator + relative;
    }

    /// <summary>In the order found; a file reached twice (two spellings, a link) is kept at its first place.</summary>
    private static List<string> Distinct(List<string> files, CliContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var file in files)
        {
            if (seen.Add(Key(file, context))) result.Add(file);
        }

        return result;
    }

    private static string Key(string file, CliContext context)
    {
        if (file == "-") return "-";
        var full = context.Resolve(file);
        var (id, _) = FileIdentity.Of(full);
        if (id is { } i) return $"id:{i.Device}:{i.Node}";
        return "path:" + (RealPath.Of(full) ?? full);
    }

    /// <summary>A folder as the matcher sees it: hidden entries and links to folders left out.</summary>
    private sealed class Folder(DirectoryInfo info) : DirectoryInfoBase
    {
        public override string Name => info.Name;

        public override string FullName => info.FullName;

        public override DirectoryInfoBase? ParentDirectory => info.Parent is { } p ? new Folder(p) : null;

        public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
        {
            var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
            foreach (var entry in info.EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.Name.StartsWith('.')) continue;
                if (entry is DirectoryInfo d)
                {
                    if (d.LinkTarget is null) yield return new Folder(d);
                }
                else if (entry is FileInfo f)
                {
                    yield return new FileInfoWrapper(f);
                }
            }
        }

        public override DirectoryInfoBase? GetDirectory(string path) =>
            path == ".." ? ParentDirectory : new Folder(new DirectoryInfo(Path.Combine(info.FullName, path)));

        public override FileInfoBase? GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(info.FullName, path)));
    }
}
