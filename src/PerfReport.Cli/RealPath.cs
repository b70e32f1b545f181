namespace PerfReport.Cli;

/// <summary>A path with every symbolic link in it resolved, component by component, as the operating system would follow it.</summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The resolved full path, or null when a component is missing or the links loop.</summary>
    public static string? Of(string fullPath)
    {
        var pending = new Stack<string>(Components(fullPath).Reverse());
        var current = Path.GetPathRoot(fullPath) ?? "/";
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) return null;
                // A relative target is relative to the folder holding the link (current); a rooted one starts afresh.
                if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target) ?? "/";
                foreach (var c in Components(target).Reverse()) pending.Push(c);
                continue;
            }

            if (!info.Exists && pending.Count > 0) return null;
            current = next;
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it (both resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }

    private static string[] Components(string path)
    {
        var root = Path.GetPathRoot(path) ?? "";
        return path[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
    }
}
