using System.Diagnostics;
using System.Globalization;

namespace PerfReport.Cli;

/// <summary>
/// Writes output atomically and durably: a temporary file beside the target, flushed to disk, then renamed over it.
/// A failure leaves no partial file. The rename replaces a symbolic link at the target rather than writing through
/// it. A temporary file names the process that wrote it, so a later run removes one left by a run that was killed.
/// </summary>
internal static class OutputFiles
{
    private const string TempMarker = ".perfreport-";
    private const string TempSuffix = ".tmp";

    /// <summary>Writes the bytes, or prints why not and returns false.</summary>
    public static bool Write(string path, byte[] bytes, CliContext context)
    {
        var full = context.Resolve(path);
        var directory = Path.GetDirectoryName(full)!;
        var prefix = $".{Path.GetFileName(full)}{TempMarker}";
        var temp = Path.Combine(directory, $"{prefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            Directory.CreateDirectory(directory);
            RemoveAbandoned(directory, prefix);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            context.Error.WriteLine($"perfreport: 无法写入 \"{path}\"：{IoErrors.Describe(e)}");
            return false;
        }
    }

    /// <summary>Temporary files for this target whose writing process no longer runs.</summary>
    internal static void RemoveAbandoned(string directory, string prefix)
    {
        foreach (var file in Directory.EnumerateFiles(directory, prefix + "*" + TempSuffix))
        {
            var rest = Path.GetFileName(file)[prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid)) continue;
            TryDelete(file);
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the name says which process wrote it, so the next run removes it.
        }
    }
}
