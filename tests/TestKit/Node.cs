namespace PerfReport.TestKit;

/// <summary>Node.js and npm, for the checks that use npm packages (ajv): found on PATH.</summary>
internal static class Node
{
    public static string? NodePath => ChildProcess.FindOnPath("node");

    public static string? NpmPath => ChildProcess.FindOnPath("npm");

    public static bool Available => NodePath is not null && NpmPath is not null;

    /// <summary>Runs a program to its end (at most <paramref name="minutes"/>); its exit code and its output and errors together.</summary>
    public static (int Code, string Output) Run(string exe, string workingDirectory, int minutes, params string[] args)
    {
        var result = ChildProcess.Run(exe, workingDirectory, TimeSpan.FromMinutes(minutes), null, args);
        return (result.Code, result.Output);
    }
}

/// <summary>
/// A test that needs node and npm: skipped with the reason when they are not on PATH, except under CI (CI=true),
/// where the test runs and fails without them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!Node.Available && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "node and npm are not on PATH (the ajv strict-mode check needs them); under CI=true this test fails instead.";
    }
}
