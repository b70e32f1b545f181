namespace PerfReport.Cli;

/// <summary>Writes output atomically: a temporary file beside the target, then a move. A failure leaves no partial file.</summary>
internal static class OutputFiles
{
    /// <summary>Writes the bytes, or prints why not and returns false.</summary>
    public static bool Write(string path, byte[] bytes, CliContext context)
    {
        var full = context.Resolve(path);
        var directory = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            context.Error.WriteLine($"perfreport: 无法写入 \"{path}\"：{e.Message}");
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
            // Best effort: the temporary file has a dot name and a .tmp suffix, so it is recognisable if left over.
        }
    }
}
