using PerfReport.Text;

namespace PerfReport;

/// <summary>Settings of one run. Everything that would otherwise come from the environment comes from here.</summary>
public sealed record CompilationOptions
{
    /// <summary>The defaults.</summary>
    public static CompilationOptions Default { get; } = new();

    /// <summary>
    /// Reads a file the report names (<c>scoring.profile_file</c>), given as written in the report; the caller resolves
    /// it against the report's folder. Returns null when the file cannot be read. Without it, such files are reported
    /// as unreadable: the Core never touches the file system itself.
    /// </summary>
    public Func<string, SourceText?>? ReadRelativeFile { get; init; }
}
