using System.Diagnostics;
using System.IO.Compression;
using PerfReport.TestKit;

namespace PerfReport.Cli.Tests;

/// <summary>
/// What a user who only wants the program does: pack the CLI as a .NET tool, install it from the package folder with
/// `dotnet tool install`, and run it. Slow (a Release pack and an install, about a minute), but it is the install path
/// the README documents.
/// </summary>
[Collection(ReleaseBuilds.Name)]
public class ToolPackageTests
{
    private static (int Code, string Out, string Error) Run(string file, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void Packed_tool_installs_and_runs()
    {
        var work = Path.Combine(Path.GetTempPath(), $"perfreport-tool-{Guid.NewGuid():N}");
        var feed = Path.Combine(work, "feed");
        var tools = Path.Combine(work, "tools");
        try
        {
            var pack = Run("dotnet", Repo.Root, "pack", "src/PerfReport.Cli", "-c", "Release", "-o", feed, "-p:ContinuousIntegrationBuild=false");
            Assert.True(pack.Code == 0, pack.Out + pack.Error);
            var package = Assert.Single(Directory.GetFiles(feed, "perfreport.*.nupkg"));

            using (var zip = ZipFile.OpenRead(package))
            {
                var names = zip.Entries.Select(e => e.FullName).ToList();
                Assert.Contains("README.md", names);
                Assert.Contains(names, n => n.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
                var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
                using var reader = new StreamReader(nuspec.Open());
                var text = reader.ReadToEnd();
                Assert.Contains("<id>perfreport</id>", text, StringComparison.Ordinal);
                Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
                Assert.Contains("<readme>README.md</readme>", text, StringComparison.Ordinal);
                Assert.Contains("<packageType name=\"DotnetTool\" />", text, StringComparison.Ordinal);
            }

            var install = Run("dotnet", work, "tool", "install", "perfreport", "--tool-path", tools, "--add-source", feed);
            Assert.True(install.Code == 0, install.Out + install.Error);

            var exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "perfreport.exe" : "perfreport");
            var version = Run(exe, work, "--version");
            Assert.Equal(0, version.Code);
            Assert.StartsWith(typeof(Cli).Assembly.GetName().Version!.ToString(3), version.Out, StringComparison.Ordinal);

            var validate = Run(exe, work, "validate", Repo.File("samples", "2022-as-published.yaml"));
            Assert.Equal(1, validate.Code);
            Assert.Contains("error PR3013", validate.Error, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }
}
