using System.Globalization;
using PerfReport.Diagnostics;
using PerfReport.Rendering.Docx;
using PerfReport.Rendering.Tables;
using PerfReport.Rendering.ViewModels;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PerfReport.Rendering;

/// <summary>
/// Renders Scriban templates against the view model, safely: strict variables, no clock, random or file access,
/// bounded loops and output. Parse and runtime errors become PR9001 diagnostics at the template's line and column.
/// </summary>
internal sealed class TemplateRenderer(TemplateSet templates, ReportViewModel model, DiagnosticBag diagnostics)
{
    private readonly ScriptObject _globals = CreateGlobals(model);
    private readonly TemplateBudget _budget = new();
    private bool _exhausted;

    /// <summary>The rendered text, or null after reporting why it could not be rendered.</summary>
    public string? Render(string relativePath)
    {
        // The budget is the build's: once spent, the remaining templates are not run (one error, not one per template).
        if (_exhausted) return null;
        var path = templates.DisplayPath(relativePath);
        var template = templates.Parse(relativePath);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages) Report(path, m.Span, m.Message);
            return null;
        }

        var context = CreateContext(_budget);
        context.PushGlobal(_globals);
        try
        {
            var output = template.Render(context);
            _budget.Wrote(output.Length);
            return output.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (BudgetExceededException e)
        {
            _exhausted = true;
            Report(path, e.Span, e.OriginalMessage, DiagnosticDescriptors.TemplateBudget);
            return null;
        }
        catch (ScriptRuntimeException e) when (Budget(e.OriginalMessage) is { } exceeded)
        {
            _exhausted = true;
            Report(path, e.Span, exceeded, DiagnosticDescriptors.TemplateBudget);
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            Report(path, e.Span, e.OriginalMessage);
            return null;
        }
    }

    /// <summary>The table described at <paramref name="relativePath"/>, filled with the report's data; null after reporting why not.</summary>
    public TableSpec? RenderTable(string relativePath, Func<string, string> clean)
    {
        if (_exhausted) return null;
        var (table, findings) = templates.Table(relativePath);
        foreach (var d in findings) diagnostics.Add(d);
        if (table is null) return null;
        var context = CreateContext(_budget);
        context.PushGlobal(_globals);
        try
        {
            return TableTemplateRenderer.Render(table, context, clean, _budget.Wrote);
        }
        catch (TableTemplateException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticDescriptors.TableTemplateText, Severity.Error, DiagnosticDescriptors.TableTemplateText.Format(e.Message), table.FilePath, e.Span, ""));
            return null;
        }
        catch (BudgetExceededException e)
        {
            _exhausted = true;
            Report(table.FilePath, e.Span, e.OriginalMessage, DiagnosticDescriptors.TemplateBudget);
            return null;
        }
        catch (ScriptRuntimeException e) when (Budget(e.OriginalMessage) is { } exceeded)
        {
            _exhausted = true;
            Report(table.FilePath, e.Span, exceeded, DiagnosticDescriptors.TemplateBudget);
            return null;
        }
    }

    /// <summary>Scriban's own limits (recursion, output, string size), in Chinese; null for any other error.</summary>
    internal static string? Budget(string message)
    {
        if (message.Contains("recursive", StringComparison.OrdinalIgnoreCase)) return $"递归超过 {TemplateBudget.MaxDepth} 层；请检查函数是否无限调用自身";
        if (message.Contains("output", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            return $"输出超过 {TemplateBudget.MaxOutputChars / 1024 / 1024} M 个字符（所有模板合计）；请检查是否有成倍膨胀的输出";
        if (message.Contains("string", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            return "一个字符串超过 100000 个字符；请检查是否有成倍膨胀的文字";
        if (message.Contains("loop", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            return $"循环超过 {TemplateBudget.MaxIterations} 次；请检查是否有死循环";
        return null;
    }

    private void Report(string path, SourceSpan span, string message, DiagnosticDescriptor? descriptor = null)
    {
        descriptor ??= DiagnosticDescriptors.TemplateError;
        var start = new Text.SourceSpan(span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 2);
        diagnostics.Add(new Diagnostic(
            descriptor,
            Severity.Error,
            descriptor.Format(message),
            path,
            start,
            ""));
    }

    internal static ScriptObject CreateGlobals(ReportViewModel model)
    {
        var globals = ScriptData.Of(model);
        globals.SetValue("cn_number", new ChineseNumberFunction(), readOnly: true);
        return globals;
    }

    /// <summary><c>cn_number n</c>: 1 → 一, 12 → 十二 (as headings number their parts), without reflection.</summary>
    private sealed class ChineseNumberFunction : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(string);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(int), "n");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? default;
            if (arguments.Count != 1) throw new ScriptRuntimeException(span, "cn_number 需要一个参数（整数）");
            return ChineseNumerals.Of(context.ToInt(span, arguments[0]));
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }

    private static BudgetedContext CreateContext(TemplateBudget budget) => Configure(new BudgetedContext(budget), budget);

    /// <summary>The safe settings every template runs with (Scriban templates and Word templates alike).</summary>
    internal static T Configure<T>(T context, TemplateBudget budget)
        where T : BudgetedContext
    {
        context.StrictVariables = true;
        context.EnableRelaxedMemberAccess = false;
        context.LoopLimit = (int)TemplateBudget.MaxIterations;
        context.RecursiveLimit = TemplateBudget.MaxDepth;
        context.LimitToString = 100_000;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.OutputLimit = budget.RemainingOutput;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.RegexTimeOut = TimeSpan.FromMilliseconds(200);
        context.TemplateLoader = null;
        context.MemberRenamer = StandardMemberRenamer.Default;
        context.PushCulture(CultureInfo.InvariantCulture);

        // Templates are pure, no clock and no randomness: BudgetedContext's built-ins (TemplateBuiltins) leave them out.
        return context;
    }
}
