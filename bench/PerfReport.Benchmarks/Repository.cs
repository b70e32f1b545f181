namespace PerfReport.Benchmarks;

/// <summary>Finds files by their path from the repository root (the folder that holds PerfReport.sln).</summary>
internal static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    // BenchmarkDotNet runs each benchmark in a child process built under this project's bin/ folder,
    // so walking up from either the working directory or the assembly's folder reaches the root.
    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PerfReport.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"PerfReport.sln not found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}");
    }
}
