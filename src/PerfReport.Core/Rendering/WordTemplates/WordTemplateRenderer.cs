using System.Text;
using System.Xml;
using System.Xml.Linq;
using PerfReport.Diagnostics;
using PerfReport.Rendering.Docx;
using PerfReport.Rendering.ViewModels;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using static PerfReport.Rendering.WordTemplates.WordXml;

namespace PerfReport.Rendering.WordTemplates;

/// <summary>Fills a compiled Word template with one report's data: every part rendered, merged cells applied, the package re-zipped deterministically.</summary>
internal static class WordTemplateRenderer
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static byte[]? Render(WordTemplate template, ReportViewModel view, ReportNeeds needs, DateTimeOffset? timestamp, DiagnosticBag diagnostics)
    {
        if (!template.IsUsable)
        {
            foreach (var p in template.Problems) Report(diagnostics, template, p.Descriptor, p.Message);
            return null;
        }

        var globals = TemplateRenderer.CreateGlobals(view);
        var budget = new TemplateBudget();
        var rendered = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var failed = false;
        foreach (var part in template.Parts)
        {
            var context = TemplateRenderer.Configure(new WordTemplateContext(budget, needs), budget);
            context.PushGlobal(globals);
            string xml;
            try
            {
                xml = part.Template!.Render(context);
                budget.Wrote(xml.Length);
            }
            catch (BudgetExceededException e)
            {
                Report(diagnostics, template, DiagnosticDescriptors.TemplateBudget, $"{Where(part, e.Span)}{e.OriginalMessage}");
                return null;
            }
            catch (ScriptRuntimeException e) when (TemplateRenderer.Budget(e.OriginalMessage) is { } exceeded)
            {
                Report(diagnostics, template, DiagnosticDescriptors.TemplateBudget, $"{Where(part, e.Span)}{exceeded}");
                return null;
            }
            catch (ScriptRuntimeException e)
            {
                Report(diagnostics, template, DiagnosticDescriptors.WordTemplateTag, $"{Where(part, e.Span)}{ScribanMessages.Translate(e.OriginalMessage)}");
                failed = true;
                continue;
            }

            XDocument document;
            try
            {
                document = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
            }
            catch (XmlException e)
            {
                Report(diagnostics, template, DiagnosticDescriptors.WordTemplateStructure, $"部件 {part.EntryName} 填入数据后不是有效的 XML（{e.Message}）；请检查 capture 等改变输出的语句");
                failed = true;
                continue;
            }

            VerticalMerges.Apply(document.Root!);
            Cleanup(document.Root!);
            rendered[part.EntryName] = Utf8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + document.Root!.ToString(SaveOptions.DisableFormatting));
        }

        if (failed) return null;
        return DeterministicZip.Create(template.Entries.Select(e => (e.Name, rendered.GetValueOrDefault(e.Name) ?? e.Data)), timestamp);
    }

    private static string Where(CompiledPart part, SourceSpan span) => part.TagAt(span) is { } tag ? $"{tag.Describe()}：" : "";

    private static void Report(DiagnosticBag diagnostics, WordTemplate template, DiagnosticDescriptor descriptor, string message) =>
        diagnostics.Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, descriptor.Format(message), template.DisplayPath, PerfReport.Text.SourceSpan.FileStart, ""));

    /// <summary>
    /// What repeating content leaves behind: Word's paragraph ids (w14:paraId, unique per document; Word assigns new
    /// ones), a bookmark repeated under the same id, drawings repeated with the same id, and a cell or text box whose
    /// paragraphs a condition removed (each must keep one, and a cell must end with one).
    /// </summary>
    private static void Cleanup(XElement root)
    {
        foreach (var e in root.DescendantsAndSelf())
        {
            e.Attribute(W14 + "paraId")?.Remove();
            e.Attribute(W14 + "textId")?.Remove();
        }

        foreach (var name in new[] { W + "bookmarkStart", W + "bookmarkEnd" })
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var b in root.Descendants(name).ToList())
            {
                if (!seen.Add((string?)b.Attribute(W + "id") ?? "")) b.Remove();
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var next = root.Descendants(Wp + "docPr").Select(d => int.TryParse((string?)d.Attribute("id"), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        foreach (var d in root.Descendants(Wp + "docPr"))
        {
            if (!ids.Add((string?)d.Attribute("id") ?? "")) d.SetAttributeValue("id", next++);
        }

        foreach (var cell in root.Descendants(Tc).Concat(root.Descendants(TxbxContent)))
        {
            if (cell.Elements().LastOrDefault(e => e.Name != TcPr)?.Name != P) cell.Add(new XElement(P));
        }
    }

    /// <summary>Writes a tag's value as text of its run: XML-escaped, line breaks and tabs as Word's own elements, markers of missing figures dropped.</summary>
    private sealed class WordTemplateContext(TemplateBudget budget, ReportNeeds needs) : BudgetedContext(budget)
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            var text = needs.Take(ObjectToString(textAsObject) ?? "").Text;
            var escaped = new StringBuilder(text.Length + 16);
            foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
            {
                _ = c switch
                {
                    '&' => escaped.Append("&amp;"),
                    '<' => escaped.Append("&lt;"),
                    '>' => escaped.Append("&gt;"),
                    '\n' => escaped.Append("</w:t><w:br/><w:t xml:space=\"preserve\">"),
                    '\t' => escaped.Append("</w:t><w:tab/><w:t xml:space=\"preserve\">"),
                    _ when char.IsControl(c) => escaped,
                    _ => escaped.Append(c),
                };
            }

            return base.Write(escaped.ToString());
        }
    }
}
