using PerfReport.Text;

namespace PerfReport.Cli;

/// <summary>Files a report names (its <c>scoring.profile_file</c>): read here, relative to the report, and passed to the Core as text.</summary>
internal static class IncludedFiles
{
    /// <summary>Compilation options whose file reader resolves paths against the folder of <paramref name="reportArgument"/>.</summary>
    public static CompilationOptions OptionsFor(string reportArgument, CliContext context)
    {
        var folder = reportArgument == "-"
            ? context.WorkingDirectory
            : Path.GetDirectoryName(context.Resolve(reportArgument)) ?? context.WorkingDirectory;
        return CompilationOptions.Default with { ReadRelativeFile = path => Read(folder, path, context) };
    }

    private static SourceText? Read(string folder, string path, CliContext context)
    {
        try
        {
            var full = Path.GetFullPath(path, folder);
            if (!File.Exists(full)) return null;
            var shown = Path.GetRelativePath(context.WorkingDirectory, full).Replace('\\', '/');
            var bytes = InputFiles.ReadCapped(File.OpenRead(full), Compilation.MaxInputBytes);
            return bytes.Length > Compilation.MaxInputBytes ? null : SourceText.FromUtf8(shown, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
