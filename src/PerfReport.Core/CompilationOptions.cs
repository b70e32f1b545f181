namespace PerfReport;

/// <summary>Settings of one run. Everything that would otherwise come from the environment comes from here.</summary>
public sealed record CompilationOptions
{
    /// <summary>The defaults.</summary>
    public static CompilationOptions Default { get; } = new();
}
