using PerfReport.TestKit;

namespace PerfReport.Cli.Tests;

/// <summary>Runs the CLI in-process with the repository root as working directory.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome RunWithInput(string stdin, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunIn(Repo.Root, stdin, environment, args);

    /// <summary>Runs the CLI with <paramref name="directory"/> as working directory.</summary>
    public static Outcome RunIn(string directory, string stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new StringReader(stdin), output, error, directory, name => environment?.GetValueOrDefault(name));
        var code = Cli.Run(args, context);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    public static Outcome Run(params string[] args) => RunWithInput("", null, args);
}
