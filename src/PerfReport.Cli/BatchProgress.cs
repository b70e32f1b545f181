using System.Globalization;

namespace PerfReport.Cli;

/// <summary>
/// "已处理 37/120" on stderr while a batch of files runs: only when stderr is a terminal (never into a log or a pipe),
/// only once the batch has run for a second, and then at most once a second, so short runs print nothing.
/// </summary>
internal sealed class BatchProgress(CliContext context, int total)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly long _start = context.Time.GetTimestamp();
    private TimeSpan _shownAt = TimeSpan.Zero;

    /// <summary>Call after each file, with the number of files done so far.</summary>
    public void Done(int done)
    {
        if (!context.Interactive || total < 2) return;
        var elapsed = context.Time.GetElapsedTime(_start);
        if (elapsed < Interval || elapsed - _shownAt < Interval) return;
        _shownAt = elapsed;
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"perfreport: 已处理 {done}/{total}"));
    }
}
