namespace PerfReport.Cli;

/// <summary>
/// The files a build reads and the files it will write, compared by identity (device and inode, through links and
/// "..") so that no output lands on an input or on another output. Each output is claimed before anything is written.
/// </summary>
internal sealed class OutputPlan(CliContext context)
{
    private readonly Dictionary<string, string> _inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _outputs = new(StringComparer.Ordinal);

    public void AddInput(string argument)
    {
        if (argument == "-") return;
        foreach (var key in Keys(context.Resolve(argument))) _inputs.TryAdd(key, argument);
    }

    /// <summary>Null when <paramref name="target"/> may be written for <paramref name="owner"/>; else why not, in Chinese.</summary>
    public string? Problem(string target, string owner)
    {
        var keys = Keys(context.Resolve(target));
        foreach (var key in keys)
        {
            if (_inputs.TryGetValue(key, out var input))
            {
                return input == target
                    ? $"输出文件 \"{target}\" 就是输入文件，不会覆盖它；请用 -o 指定 .docx 路径"
                    : $"输出文件 \"{target}\" 与输入文件 \"{input}\" 是同一个文件（经由链接或不同的写法），不会覆盖它；请用 -o 指定别的路径";
            }

            if (!_outputs.TryGetValue(key, out var other)) continue;
            return other == owner
                ? $"\"{owner}\" 的两个输出会写到同一个文件 \"{target}\"；请改用别的输出文件名"
                : $"\"{other}\" 和 \"{owner}\" 会写到同一个输出文件 \"{target}\"；请分别生成或改名";
        }

        foreach (var key in keys) _outputs[key] = owner;
        return null;
    }

    /// <summary>
    /// What a path is: the file it leads to and, for a link, the link itself; for a path that does not exist yet, its
    /// name in its (identified) folder. Without identities (an unknown system) the full path stands in.
    /// </summary>
    private static List<string> Keys(string full)
    {
        var keys = new List<string>();
        var (id, kind) = FileIdentity.Of(full);
        if (id is { } i) keys.Add($"id:{i.Device}:{i.Node}");
        var (linkId, linkKind) = FileIdentity.Of(full, followLinks: false);
        if (linkKind == FileKind.SymbolicLink && linkId is { } l) keys.Add($"id:{l.Device}:{l.Node}");
        if (kind == FileKind.Missing)
        {
            // The nearest folder that exists, and the rest of the path below it.
            var rest = Path.GetFileName(full);
            for (var folder = Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var (folderId, folderKind) = FileIdentity.Of(folder);
                if (folderKind != FileKind.Missing)
                {
                    if (folderId is { } f) keys.Add($"in:{f.Device}:{f.Node}/{rest}");
                    break;
                }

                rest = Path.GetFileName(folder) + "/" + rest;
            }
        }

        if (keys.Count == 0) keys.Add("path:" + full);
        return keys;
    }
}
