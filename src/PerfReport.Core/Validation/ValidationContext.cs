using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Validation;

/// <summary>What a rule sees: the model, the options, and the one tolerance policy.</summary>
internal sealed class ValidationContext(Evaluation model, CompilationOptions options, DiagnosticBag diagnostics, ScoreSheet? sheet)
{
    private ScoringProfile? _profile;

    /// <summary>Default tolerance for stated shares and rates, in percentage points.</summary>
    public const decimal DefaultShareTolerance = 0.01m;

    public Evaluation Model { get; } = model;

    public CompilationOptions Options { get; } = options;

    /// <summary>
    /// The 自评表 scored by the report's profile: the compilation's one score sheet; null when there is no 自评表 or
    /// its figures could not be scored (the pipeline reports PR1012).
    /// </summary>
    public ScoreSheet? Sheet { get; } = sheet;

    /// <summary>The scoring profile the report names (its own settings over the default), also when there is no 自评表 to score.</summary>
    public ScoringProfile Profile => _profile ??= Sheet?.Profile ?? ProfileResolver.Resolve(Model.Scoring, Options, []);

    /// <summary>
    /// Above this share of 年初预算 (percent), an unexplained difference between 年初预算 and 决算 is an error: the file's
    /// <c>validation.budget_change_threshold</c>, else the profile's <c>budget_change_threshold</c> (10% in mof-2020).
    /// </summary>
    public decimal BudgetChangeThreshold => Model.Validation?.BudgetChangeThreshold?.Value ?? Profile.BudgetChangeThresholdPercent;

    /// <summary>
    /// Above this share of 本年预算 (percent), a project's spending needs an explanation: the file's
    /// <c>validation.over_execution_threshold</c>, else the profile's <c>over_execution_threshold</c> (120% in mof-2020).
    /// </summary>
    public decimal OverExecutionThreshold => Model.Validation?.OverExecutionThreshold?.Value ?? Profile.OverExecutionThresholdPercent;

    /// <summary>The rule being run; <see cref="Report(SourceSpan, string, object?[])"/> reports under its code.</summary>
    public IValidationRule? CurrentRule { get; set; }

    /// <summary>Tolerance for a stated share or rate, in percentage points (the file's <c>validation.share_tolerance</c>, else 0.01).</summary>
    public decimal ShareTolerance => Model.Validation?.ShareTolerance?.Value ?? DefaultShareTolerance;

    public void Report(SourceSpan span, string path, params object?[] args) =>
        diagnostics.Report(CurrentRule?.Descriptor ?? throw new InvalidOperationException("no current rule"), span, path, args);

    public void Report<T>(Located<T> at, params object?[] args) => Report(at.Span, at.Path, args);

    public void Report(Cell at, params object?[] args) => Report(at.Span, at.Path, args);

    /// <summary>Amounts entered to 2 places are compared exactly: a sum is right or it is not.</summary>
    public static bool AmountsEqual(decimal a, decimal b) => a == b;

    /// <summary>A stated percentage matches when it is within the tolerance of the computed one rounded half-up to 2 places.</summary>
    public bool ShareMatches(decimal stated, decimal computed) =>
        Math.Abs(stated - Numbers.Round2(computed)) <= ShareTolerance;

    /// <summary>How far the shares of a group of <paramref name="count"/> may stray from 100: half the share tolerance per share
    /// (<c>count × 0.005</c> by default), since each share is rounded on its own.</summary>
    public decimal GroupTolerance(int count) => count * ShareTolerance / 2;

    /// <summary>Shares of a group of <paramref name="count"/> add to 100 within <see cref="GroupTolerance"/>.</summary>
    public bool SharesAddUp(decimal sum, int count) => Math.Abs(sum - 100m) <= GroupTolerance(count);

    /// <summary>A tolerance in percentage points as messages print it ("±0.01 个百分点").</summary>
    public static string ToleranceText(decimal points) => "±" + Numbers.Points(points) + " 个百分点";
}
