using System.Globalization;

namespace PerfReport.Diagnostics;

/// <summary>What one kind of problem is: its stable code, its message and its documentation.</summary>
/// <param name="Id">Stable code, <c>PRnnnn</c>.</param>
/// <param name="Title">The problem's name, in Chinese, one line.</param>
/// <param name="MessageFormat">Composite format of the message; arguments are preformatted strings.</param>
/// <param name="DefaultSeverity">Severity unless promoted.</param>
/// <param name="Category">The family, which fixes the code range.</param>
/// <param name="Explanation">Markdown: what it checks, why it matters, an example.</param>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    Severity DefaultSeverity,
    RuleCategory Category,
    string Explanation)
{
    /// <summary>Formats the message with invariant culture.</summary>
    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
