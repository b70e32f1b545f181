using System.Globalization;
using PerfReport.Diagnostics;
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

    /// <summary>The rendered text, or null after reporting why it could not be rendered.</summary>
    public string? Render(string relativePath)
    {
        var path = templates.DisplayPath(relativePath);
        var text = templates.Read(relativePath) ?? "";
        var template = Template.Parse(text, path, new ParserOptions { ParseFloatAsDecimal = true });
        if (template.HasErrors)
        {
            foreach (var m in template.Messages) Report(path, m.Span, m.Message);
            return null;
        }

        var context = CreateContext();
        context.PushGlobal(_globals);
        try
        {
            return template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (ScriptRuntimeException e)
        {
            Report(path, e.Span, e.OriginalMessage);
            return null;
        }
    }

    private void Report(string path, SourceSpan span, string message)
    {
        var start = new Text.SourceSpan(span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 2);
        diagnostics.Add(new Diagnostic(
            DiagnosticDescriptors.TemplateError,
            Severity.Error,
            DiagnosticDescriptors.TemplateError.Format(message),
            path,
            start,
            ""));
    }

    private static ScriptObject CreateGlobals(ReportViewModel model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        globals.Import("cn_number", new Func<int, string>(ChineseNumerals.Of));
        return globals;
    }

    private static TemplateContext CreateContext()
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = Binding.MapReader.MaxItems,
            RecursiveLimit = 50,
            LimitToString = 100_000,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = 1_000_000,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromMilliseconds(200),
            TemplateLoader = null,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushCulture(CultureInfo.InvariantCulture);

        // Templates are pure: no clock, no randomness.
        context.BuiltinObject.Remove("date");
        if (context.BuiltinObject["math"] is ScriptObject math)
        {
            math.Remove("random");
            math.Remove("uuid");
        }

        return context;
    }
}
