namespace PerfReport.Diagnostics;

/// <summary>The family a diagnostic belongs to; it fixes the range of its code.</summary>
public enum RuleCategory
{
    /// <summary>PR0xxx: the YAML text itself.</summary>
    Yaml,

    /// <summary>PR1xxx: fields, types and required values.</summary>
    Schema,

    /// <summary>PR2xxx: sums.</summary>
    Sums,

    /// <summary>PR3xxx: percentages, rates and cross-references.</summary>
    Percentages,

    /// <summary>PR4xxx: indicators and scores.</summary>
    Indicators,

    /// <summary>PR5xxx: the wording of the department's own text.</summary>
    Text,

    /// <summary>PR9xxx: templates, reference document, output and internal faults.</summary>
    Output,
}
