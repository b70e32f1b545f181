using System.Diagnostics;
using System.Text.RegularExpressions;
using PerfReport.TestKit;

namespace PerfReport.Cli.Tests;

/// <summary>Release builds of the CLI (the tool package, the native binary) write the same obj/bin folders: one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReleaseBuilds
{
    public const string Name = "Release builds";
}

/// <summary>
/// The native (AOT) binary is the same program as the JIT build: published once, then run over every sample and every
/// failing block of the rule specs; stdout, stderr, exit code and the built documents' bytes must be equal. Needs clang
/// and zlib (`apt-get install clang zlib1g-dev`; .ci/run installs them); skipped with the reason elsewhere, failed
/// under CI, where it must run.
/// </summary>
[Collection(ReleaseBuilds.Name)]
public sealed partial class NativeBinaryTests
{
    private static string Publish(string output)
    {
        var publish = Run("dotnet", Repo.Root, null, "publish", "src/PerfReport.Cli", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output);
        Assert.True(publish.Code == 0, publish.Out + publish.Error);
        Assert.DoesNotMatch("warning (IL|CS)", publish.Out);
        return Path.Combine(output, "perfreport");
    }

    private static void SkipWithoutToolchain()
    {
        var missing = !OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64
            ? "the native binary is built here for linux-x64 only"
            : OnPath("clang") ? null : "clang is not installed (apt-get install clang zlib1g-dev)";
        if (missing is not null && Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail($"under CI the native binary must be checked, but {missing}");
        Skip.If(missing is not null, missing);
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, name)));

    private static (int Code, string Out, string Error) Run(string file, string directory, string? stdin, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null, WorkingDirectory = directory };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment.Remove("GITHUB_ACTIONS");
        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>The JIT build the tests reference, run as its own process.</summary>
    private static (int Code, string Out, string Error) Jit(string directory, params string[] args) =>
        Run("dotnet", directory, null, [typeof(Cli).Assembly.Location, .. args]);


    /// <summary>Every ```yaml block of the rule specs that asserts a finding.</summary>
    private static List<string> FailingSpecBlocks()
    {
        var specs = Path.Combine(Repo.Root, "tests", "PerfReport.Core.Tests", "Validation", "Specs");
        return [.. Directory.GetFiles(specs, "PR*.md").Order(StringComparer.Ordinal)
            .SelectMany(f => YamlBlock().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(b => b.Contains("# error:", StringComparison.Ordinal) || b.Contains("# warning:", StringComparison.Ordinal))];
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [SkippableFact]
    public void Native_binary_gives_the_same_output_as_the_JIT_build()
    {
        SkipWithoutToolchain();
        var work = Path.Combine(Path.GetTempPath(), $"perfreport-native-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var binary = Publish(Path.Combine(work, "bin"));
            (int Code, string Out, string Error) Native(string directory, params string[] args) => Run(binary, directory, null, args);

            var samples = Directory.GetFiles(Path.Combine(Repo.Root, "samples"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            foreach (var s in samples) File.Copy(Path.Combine(Repo.Root, "samples", s!), Path.Combine(work, s!));
            var blocks = FailingSpecBlocks();
            Assert.True(blocks.Count > 100, $"only {blocks.Count} failing spec blocks found");
            var specFiles = blocks.Select((b, i) => $"spec-{i:0000}.yaml").ToList();
            for (var i = 0; i < blocks.Count; i++) File.WriteAllText(Path.Combine(work, specFiles[i]), blocks[i]);

            string[][] commands =
            [
                ["validate", .. specFiles],
                ["validate", "--format", "json", .. specFiles],
                ["validate", "--format", "sarif", .. samples!],
                ["score", .. samples!],
                ["score", "--format", "json", .. samples!],
                ["rules"],
                ["explain", "PR3001"],
                ["--version"],
            ];
            foreach (var command in commands)
            {
                var jit = Jit(work, command);
                var native = Native(work, command);
                Assert.True(jit == native, $"perfreport {string.Join(' ', command.Take(4))} …: the native binary differs\nJIT ({jit.Code}):\n{jit.Error[..Math.Min(2000, jit.Error.Length)]}\nnative ({native.Code}):\n{native.Error[..Math.Min(2000, native.Error.Length)]}");
            }

            foreach (var sample in samples)
            {
                var name = Path.GetFileNameWithoutExtension(sample)!;
                var jit = Jit(work, "build", sample!, "-o", name + ".jit.docx", "--markdown");
                var native = Native(work, "build", sample!, "-o", name + ".native.docx", "--markdown");
                Assert.Equal(
                    (jit.Code, jit.Out, jit.Error),
                    (native.Code, native.Out.Replace(".native.", ".jit.", StringComparison.Ordinal), native.Error.Replace(".native.docx", ".jit.docx", StringComparison.Ordinal)));
                if (jit.Code != 0) continue;
                Assert.Equal($"已写出 {name}.jit.docx", jit.Out.Split('（')[0]); // the line per written file, .docx first
                foreach (var extension in new[] { ".docx", ".md" })
                    Assert.Equal(File.ReadAllBytes(Path.Combine(work, name + ".jit" + extension)), File.ReadAllBytes(Path.Combine(work, name + ".native" + extension)));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
