using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PerfReport.Rendering;

/// <summary>
/// Scriban's built-in function objects (string, array, math, object, regex, html, timespan) as templates get them:
/// without the clock (date) and randomness (math.random, math.uuid), so the same input gives the same bytes. Each
/// object is imported (by reflection, the slow part) once per process, the first time a template uses it, and each
/// template context gets its own deep copy on first use, so one template cannot change another's. The built-in
/// templates use none of them, so a build that only uses those never pays for them; Scriban's default builds all of
/// them, date included, and copies them all for every context.
/// </summary>
internal sealed class TemplateBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Lazy<ScriptObject>> Prototypes = new(StringComparer.Ordinal)
    {
        ["array"] = new(() => new ArrayFunctions()),
        ["html"] = new(() => new HtmlFunctions()),
        ["math"] = new(() =>
        {
            var math = new MathFunctions();
            math.Remove("random");
            math.Remove("uuid");
            return math;
        }),
        ["object"] = new(() => new ObjectFunctions()),
        ["regex"] = new(() => new RegexFunctions()),
        ["string"] = new(() => new StringFunctions()),
        ["timespan"] = new(() => new TimeSpanFunctions()),
    };

    public TemplateBuiltins()
    {
        SetValue("empty", EmptyScriptObject.Default, true);
        SetValue("blank", EmptyScriptObject.Default, true);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        if (!Prototypes.TryGetValue(member, out var prototype)) return false;
        value = prototype.Value.Clone(true);
        SetValue(member, value, readOnly: true);
        return true;
    }

    public override bool Contains(string member) => base.Contains(member) || Prototypes.ContainsKey(member);
}
