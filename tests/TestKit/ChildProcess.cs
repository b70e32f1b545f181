using System.Diagnostics;

namespace PerfReport.TestKit;

/// <summary>
/// Runs a helper program (soffice, pdftotext, npm, node) for a test, to its end or to a time limit. Both streams are
/// read while it runs, so a child that hangs with its output open is ended at the limit instead of holding the test
/// run (and CI) forever.
/// </summary>
internal static class ChildProcess
{
    /// <summary>The result: exit code (-1 when ended at the limit), output and errors together, and whether it was ended.</summary>
    public sealed record Result(int Code, string Output, bool TimedOut);

    public static Result Run(string exe, string workingDirectory, TimeSpan limit, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(exe)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (environment is not null)
            foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + exe);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
            var partial = Task.WhenAll(stdout, stderr).Wait(TimeSpan.FromSeconds(5)) ? stdout.Result + stderr.Result : string.Empty;
            return new Result(-1, $"{Path.GetFileName(exe)} {string.Join(' ', args)} was ended after {limit.TotalSeconds:0} s\n{partial}", TimedOut: true);
        }

        // The child has exited; its streams close with it (a grandchild that kept them open gets a few seconds).
        var output = Task.WhenAll(stdout, stderr).Wait(TimeSpan.FromSeconds(30)) ? stdout.Result + stderr.Result : "(the output was still open 30 s after the exit)";
        return new Result(process.ExitCode, output, TimedOut: false);
    }

    /// <summary>The first file of that name in a folder on PATH, or null.</summary>
    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
