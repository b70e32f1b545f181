namespace PerfReport.Cli.Output;

/// <summary>Paths as code-scanning tools want them: relative to the working directory, with forward slashes.</summary>
internal static class PathForTools
{
    public static string Relative(string path, CliContext context)
    {
        if (path == InputFiles.StdinName) return "stdin";
        var full = context.Resolve(path);
        var relative = Path.GetRelativePath(context.WorkingDirectory, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) relative = full;
        return relative.Replace('\\', '/');
    }
}
