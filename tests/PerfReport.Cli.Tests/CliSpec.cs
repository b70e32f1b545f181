namespace PerfReport.Cli.Tests;

/// <summary>
/// One command test in pandoc's format, inside a fenced block of <c>Specs/*.md</c>: <c>% perfreport ARGS</c>, then
/// stdin lines up to <c>^D</c> (optional), then expected stdout lines, stderr lines prefixed <c>2&gt; </c>, and
/// <c>=&gt; N</c> for the exit code.
/// </summary>
public sealed record CliSpec(string File, int Index, string[] Args, string Stdin, string Stdout, string Stderr, int ExitCode)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public override string ToString() => $"{File} #{Index}: perfreport {string.Join(' ', Args)}";

    public static IEnumerable<CliSpec> Load(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        var index = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```" || i + 1 >= lines.Length || !lines[i + 1].StartsWith("% perfreport", StringComparison.Ordinal)) continue;
            var args = Split(lines[++i]["% perfreport".Length..]);
            var block = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++) block.Add(lines[i]);
            var stdinEnd = block.IndexOf("^D");
            var stdin = stdinEnd < 0 ? "" : string.Join('\n', block.Take(stdinEnd)) + "\n";
            var rest = block.Skip(stdinEnd + 1).ToList();
            var exit = rest.Where(l => l.StartsWith("=> ", StringComparison.Ordinal)).Select(l => int.Parse(l[3..], System.Globalization.CultureInfo.InvariantCulture)).Single();
            var stderr = rest.Where(l => l.StartsWith("2> ", StringComparison.Ordinal) || l == "2>").Select(l => l.Length > 3 ? l[3..] : "");
            var stdout = rest.Where(l => !l.StartsWith("2>", StringComparison.Ordinal) && !l.StartsWith("=> ", StringComparison.Ordinal));
            yield return new CliSpec(Path.GetFileName(path), index++, args, stdin, Join(stdout), Join(stderr), exit);
        }
    }

    public static IEnumerable<CliSpec> All() =>
        System.IO.Directory.GetFiles(Directory, "*.md").Order(StringComparer.Ordinal).SelectMany(Load);

    private static string Join(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? "" : string.Join('\n', list) + "\n";
    }

    private static string[] Split(string commandLine)
    {
        var args = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in commandLine.Trim())
        {
            if (ch == '"') quoted = !quoted;
            else if (ch == ' ' && !quoted)
            {
                if (current.Length > 0) args.Add(current.ToString());
                current.Clear();
            }
            else current.Append(ch);
        }

        if (current.Length > 0) args.Add(current.ToString());
        return [.. args];
    }
}
