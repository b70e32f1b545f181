using PerfReport.Diagnostics;

namespace PerfReport.Validation;

/// <summary>One check over the model. One rule, one file, one stable code; listed in <see cref="RuleCatalog"/>.</summary>
internal interface IValidationRule
{
    DiagnosticDescriptor Descriptor { get; }

    /// <summary>Checks the model and reports through the context. The model may be partial: skip what is missing.</summary>
    void Check(ValidationContext context);
}
