using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Scoring;
using PerfReport.Text;

namespace PerfReport.Validation;

/// <summary>Runs rules; none depends on another, and a rule that throws is reported as an internal error while the rest go on.</summary>
internal static class Validator
{
    public static void Run(IEnumerable<IValidationRule> rules, Evaluation model, CompilationOptions options, DiagnosticBag diagnostics, ScoreSheet? sheet)
    {
        var context = new ValidationContext(model, options, diagnostics, sheet);
        foreach (var rule in rules)
        {
            context.CurrentRule = rule;
            try
            {
                rule.Check(context);
            }
            catch (OverflowException)
            {
                // Figures too large or too small for decimal arithmetic come from the data, not from a defect of the rule.
                diagnostics.Report(DiagnosticDescriptors.Overflow, SourceSpan.FileStart, "", $"“{rule.Descriptor.Title}”（{rule.Descriptor.Id}）");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Report(DiagnosticDescriptors.InternalError, SourceSpan.FileStart, "", rule.Descriptor.Id, $"{e.GetType().Name}: {e.Message}");
            }
        }
    }
}
