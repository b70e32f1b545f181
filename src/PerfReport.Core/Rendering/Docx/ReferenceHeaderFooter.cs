using DocumentFormat.OpenXml;

namespace PerfReport.Rendering.Docx;

/// <summary>A header or footer of the reference, under the relationship id its section properties use.</summary>
internal sealed record ReferenceHeaderFooter(string RelationshipId, bool IsHeader, OpenXmlPartRootElement Root);
