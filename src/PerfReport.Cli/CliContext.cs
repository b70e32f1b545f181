namespace PerfReport.Cli;

/// <summary>Everything the CLI takes from its process, so that tests can run it in-process.</summary>
internal sealed record CliContext(
    TextReader In,
    TextWriter Out,
    TextWriter Error,
    string WorkingDirectory,
    Func<string, string?> GetEnvironmentVariable,
    bool Interactive = false,
    Func<Stream>? OpenStdin = null)
{
    public static CliContext FromProcess() => new(
        Console.In,
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariable,
        !Console.IsErrorRedirected,
        Console.OpenStandardInput);

    /// <summary>A path as given on the command line, resolved against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
