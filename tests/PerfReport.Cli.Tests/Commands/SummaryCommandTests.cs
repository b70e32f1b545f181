using PerfReport.TestKit;

namespace PerfReport.Cli.Tests.Commands;

/// <summary>summary -o: the workbook written atomically, the same bytes each run, never over an input; progress only on a terminal.</summary>
public sealed class SummaryCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "perfreport-summary-" + Guid.NewGuid().ToString("N"));

    public SummaryCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "reports", "2022"));
        File.Copy(Repo.File("samples", "minimal.yaml"), Path.Combine(_dir, "reports", "minimal.yaml"));
        File.Copy(Repo.File("samples", "2022.yaml"), Path.Combine(_dir, "reports", "2022", "2022.yaml"));
        File.Copy(Repo.File("samples", "2022-as-published.yaml"), Path.Combine(_dir, "reports", "2022", "published.yaml"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Outcome Run(bool interactive, TimeProvider? clock, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new StringReader(""), output, error, _dir, _ => null, interactive, null, clock);
        return new CliRunner.Outcome(Cli.Run(args, context), output.ToString(), error.ToString());
    }

    private CliRunner.Outcome Run(params string[] args) => Run(false, null, args);

    [Fact]
    public void Writes_the_workbook_says_so_and_gives_the_same_bytes_twice()
    {
        var run = Run("summary", "reports", "-o", "out/汇总.xlsx");
        Assert.Equal(1, run.ExitCode); // published.yaml has errors: they are summarised, and the exit code says so
        Assert.Equal("", run.Out);
        Assert.Equal("perfreport: 已写出 out/汇总.xlsx（3 份报告）\n", run.Error);
        var first = File.ReadAllBytes(Path.Combine(_dir, "out", "汇总.xlsx"));
        Assert.Equal(1, Run("summary", "reports/**/*.yaml", "-o", "out/汇总.xlsx").ExitCode);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(_dir, "out", "汇总.xlsx")));
        Assert.Equal(["汇总.xlsx"], Directory.GetFiles(Path.Combine(_dir, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void With_o_and_format_text_both_the_workbook_and_the_table_are_written()
    {
        var run = Run("summary", "reports/minimal.yaml", "-o", "s.xlsx", "--format", "text");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("文件                  部门", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "s.xlsx")));
    }

    [Fact]
    public void Never_writes_over_an_input()
    {
        File.Copy(Path.Combine(_dir, "reports", "minimal.yaml"), Path.Combine(_dir, "reports", "kept.xlsx"));
        var before = File.ReadAllBytes(Path.Combine(_dir, "reports", "kept.xlsx"));
        var run = Run("summary", "reports/kept.xlsx", "-o", "./reports/kept.xlsx");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("perfreport: 输出文件 \"./reports/kept.xlsx\" 是输入文件之一，不会覆盖它；请用 -o 指定别的 .xlsx 路径\n", run.Error);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_dir, "reports", "kept.xlsx")));
    }

    [Fact]
    public void Progress_shows_on_a_terminal_once_the_batch_has_run_a_second()
    {
        // Each reading of the clock moves it 1.1 s on: every file ends a second after the last line.
        var run = Run(true, new SteppingClock(TimeSpan.FromMilliseconds(1100)), "summary", "reports", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("perfreport: 已处理 1/3\nperfreport: 已处理 2/3\nperfreport: 已处理 3/3\n", run.Error);
        Assert.DoesNotContain("已处理", run.Out, StringComparison.Ordinal);

        // 0.6 s a reading: file 1 ends 0.6 s in (nothing yet), file 2 at 1.2 s (shown), file 3 only 0.6 s after that.
        var throttled = Run(true, new SteppingClock(TimeSpan.FromMilliseconds(600)), "summary", "reports", "--format", "json");
        Assert.Equal("perfreport: 已处理 2/3\n", throttled.Error);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("validate")]
    [InlineData("score")]
    public void Progress_is_absent_when_stderr_is_redirected_however_long_the_batch(string command)
    {
        var run = Run(false, new SteppingClock(TimeSpan.FromSeconds(5)), command, "reports");
        Assert.DoesNotContain("已处理", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_is_absent_on_a_terminal_when_the_batch_is_quick()
    {
        var run = Run(true, new SteppingClock(TimeSpan.FromMilliseconds(10)), "validate", "reports");
        Assert.DoesNotContain("已处理", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("perfreport: 4 个错误，21 个警告\n", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A clock that moves on by a fixed step each time it is read.</summary>
    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks += step.Ticks;
    }
}
