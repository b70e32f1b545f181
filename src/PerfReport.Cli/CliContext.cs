namespace PerfReport.Cli;

/// <summary>Everything the CLI takes from its process, so that tests can run it in-process.</summary>
internal sealed record CliContext(
    TextReader In,
    TextWriter Out,
    TextWriter Error,
    string WorkingDirectory,
    Func<string, string?> GetEnvironmentVariable,
    bool Interactive = false,
    Func<Stream>? OpenStdin = null,
    TimeProvider? Clock = null)
{
    public static CliContext FromProcess() => new(
        Console.In,
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariable,
        !Console.IsErrorRedirected,
        Console.OpenStandardInput);

    /// <summary>The clock that progress reports read (only the CLI's; the Core has none).</summary>
    public TimeProvider Time => Clock ?? TimeProvider.System;

    /// <summary>Settings for files a report names, filled in from the command line once it is parsed.</summary>
    public IncludeSettings Includes { get; } = new();

    /// <summary>A path as given on the command line, resolved against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}

/// <summary>Where a report's own files (<c>profile_file</c>) may come from besides its folder.</summary>
internal sealed class IncludeSettings
{
    /// <summary>The folder given with <c>--profiles DIR</c>, as written.</summary>
    public string? ProfilesFolder { get; set; }
}
