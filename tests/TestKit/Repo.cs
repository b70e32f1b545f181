namespace PerfReport.TestKit;

/// <summary>Paths in the repository, found from the test's working directory upwards.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => System.IO.File.ReadAllText(File(parts));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "PerfReport.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PerfReport.sln not found above " + AppContext.BaseDirectory);
    }
}
