using System.Text;

namespace PerfReport.Cli;

/// <summary>Reads input files for the commands; a file that cannot be read is one Chinese sentence on stderr.</summary>
internal static class InputFiles
{
    public const string StdinName = "<stdin>";

    /// <summary>The bytes of a file (or of stdin for "-"), or null after printing why it could not be read.</summary>
    public static byte[]? Read(string argument, CliContext context)
    {
        if (argument == "-") return Encoding.UTF8.GetBytes(context.In.ReadToEnd());
        var full = context.Resolve(argument);
        string? problem = null;
        try
        {
            if (Directory.Exists(full)) problem = $"\"{argument}\" 是一个目录，不是报告文件（.yaml）";
            else if (!File.Exists(full)) problem = $"找不到文件 \"{argument}\"，请检查路径和文件名";
            else return ReadCapped(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"无法读取文件 \"{argument}\"：{e.Message}";
        }

        context.Error.WriteLine($"perfreport: {problem}");
        return null;
    }

    public static string DisplayName(string argument) => argument == "-" ? StdinName : argument;

    private static byte[] ReadCapped(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(stream.Length, Compilation.MaxInputBytes + 1L)];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0) break;
            read += n;
        }

        return read == buffer.Length ? buffer : buffer[..read];
    }
}
