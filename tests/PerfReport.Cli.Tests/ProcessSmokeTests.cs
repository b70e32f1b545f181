using System.Diagnostics;
using PerfReport.TestKit;

namespace PerfReport.Cli.Tests;

/// <summary>The real built program, in its own process: it starts, and hostile input cannot crash it.</summary>
public class ProcessSmokeTests
{
    private static (int Code, string Out, string Error) Launch(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "perfreport.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void Version_and_help_exit_zero()
    {
        var version = Launch("--version");
        Assert.Equal(0, version.Code);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
        var help = Launch("--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("检查报告数据", help.Out, StringComparison.Ordinal);
        Assert.Contains("显示帮助和用法", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_input_is_refused_not_a_crash()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfreport-deep-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "a: " + new string('[', 200_000) + new string(']', 200_000) + "\n");
        try
        {
            var run = Launch("validate", path);
            Assert.Equal(1, run.Code);
            Assert.Contains("error PR0005", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Build_writes_a_docx_in_a_real_process()
    {
        var output = Path.Combine(Path.GetTempPath(), $"perfreport-smoke-{Guid.NewGuid():N}.docx");
        try
        {
            var run = Launch("build", "samples/minimal.yaml", "-o", output);
            Assert.Equal(0, run.Code);
            Assert.True(new FileInfo(output).Length > 5000);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void The_bundled_sample_validates_in_a_real_process()
    {
        var run = Launch("validate", "samples/2022.yaml");
        Assert.Equal(0, run.Code);
        Assert.DoesNotContain("error", run.Error, StringComparison.Ordinal);
    }
}
