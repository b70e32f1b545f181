namespace PerfReport.Cli;

/// <summary>The exit-code contract (as ruff and ESLint).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputHasErrors = 1;
    public const int UsageOrEnvironment = 2;
}
