using System.Text;

namespace PerfReport.Cli;

/// <summary>Reads input files for the commands; a file that cannot be read is one Chinese sentence on stderr.</summary>
internal static class InputFiles
{
    public const string StdinName = "<stdin>";

    /// <summary>The bytes of a file (or of stdin for "-"), or null after printing why it could not be read (and adding it to <paramref name="failures"/>).</summary>
    public static byte[]? Read(string argument, CliContext context, List<Output.InputFailure>? failures = null)
    {
        if (argument == "-") return context.OpenStdin is { } open ? ReadCapped(open(), Compilation.MaxInputBytes) : Encoding.UTF8.GetBytes(context.In.ReadToEnd());
        var full = context.Resolve(argument);
        string? problem = null;
        try
        {
            if (Directory.Exists(full)) problem = $"\"{argument}\" 是一个目录，不是报告文件（.yaml）";
            else if (!File.Exists(full)) problem = $"找不到文件 \"{argument}\"，请检查路径和文件名";
            else return ReadCapped(File.OpenRead(full), Compilation.MaxInputBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"无法读取文件 \"{argument}\"：{IoErrors.Describe(e)}";
        }

        context.Error.WriteLine($"perfreport: {problem}");
        failures?.Add(new Output.InputFailure(argument, problem));
        return null;
    }

    public static string DisplayName(string argument) => argument == "-" ? StdinName : argument;

    /// <summary>At most <paramref name="cap"/> + 1 bytes (enough to tell that a file is too large), whatever the stream claims its length is.</summary>
    public static byte[] ReadCapped(Stream stream, int cap)
    {
        using (stream)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (buffer.Length <= cap)
            {
                var n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, cap + 1 - buffer.Length));
                if (n == 0) break;
                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }
    }
}
