using System.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PerfReport.Rendering;

/// <summary>
/// What all the templates of one build may spend together: loop iterations, function calls, output characters and
/// wall time. A user's template may loop forever, recurse in two branches or multiply its output; the budget ends
/// each of them with a PR9002 at the template line where it ran out. The data alone cannot exhaust it: a report has at
/// most a million YAML nodes and its lists at most <see cref="Binding.MapReader.MaxItems"/> items.
/// </summary>
internal sealed class TemplateBudget
{
    public const long MaxIterations = 1_000_000;
    /// <summary>Evaluation steps (every expression and statement); a function calling itself twice runs out here.</summary>
    public const long MaxCalls = 50_000_000;
    public const int MaxOutputChars = 16 * 1024 * 1024;
    public const int MaxDepth = 50;
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _iterations;
    private long _calls;

    /// <summary>Characters written so far by every template of the build.</summary>
    public long OutputChars { get; private set; }

    public int RemainingOutput => (int)Math.Max(1, MaxOutputChars - OutputChars);

    public void Wrote(int chars) => OutputChars += chars;

    public void Step(SourceSpan span)
    {
        if (++_iterations > MaxIterations) throw new BudgetExceededException(span, $"循环合计超过 {MaxIterations} 次（所有模板、整个报告合计）；请检查是否有死循环或嵌套过多的循环");
        Clock(span);
    }

    public void Call(SourceSpan span)
    {
        if (++_calls > MaxCalls) throw new BudgetExceededException(span, $"运行步骤合计超过 {MaxCalls} 步；请检查是否有失控的递归");
        if ((_calls & 0xFFF) == 0) Clock(span);
    }

    private void Clock(SourceSpan span)
    {
        if (_clock.Elapsed > MaxTime) throw new BudgetExceededException(span, $"生成报告的模板运行超过 {MaxTime.TotalSeconds:0} 秒；请检查是否有死循环或失控的递归");
    }
}

/// <summary>A template ran out of its budget (reported as PR9002, not as a template error).</summary>
internal sealed class BudgetExceededException(SourceSpan span, string message) : ScriptRuntimeException(span, message);

/// <summary>A template context that charges every loop step and evaluation step to the build's budget.</summary>
internal class BudgetedContext(TemplateBudget budget) : TemplateContext(new TemplateBuiltins())
{
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        budget.Step(loop.Span);
        return base.OnStepLoop(loop);
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not null) budget.Call(scriptNode.Span);
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }
}
