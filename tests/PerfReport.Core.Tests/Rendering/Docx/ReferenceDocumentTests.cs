using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Rendering.Docx;

namespace PerfReport.Tests.Rendering.Docx;

public sealed class ReferenceDocumentTests
{
    [Fact]
    public void Default_reference_has_every_style_and_no_problems()
    {
        var reference = ReferenceDocument.LoadDefault();
        Assert.Empty(reference.Problems);
        Assert.All(StyleNames.All, name => Assert.True(reference.HasStyle(name), name));
        Assert.Equal("Heading1", reference.FindStyleId("heading 1"));
        Assert.Equal(2, reference.HeadersAndFooters.Count);
    }

    [Fact]
    public void Exported_default_is_stable_valid_and_loads_without_problems()
    {
        byte[] exported = ReferenceDocument.ExportDefault();
        Assert.Equal(exported, ReferenceDocument.ExportDefault());
        using (var doc = WordprocessingDocument.Open(new MemoryStream(exported), isEditable: false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }

        Assert.Empty(ReferenceDocument.Load(exported).Problems);
    }

    [Fact]
    public void Styles_are_found_by_name_when_a_localized_Word_renamed_their_ids()
    {
        var reference = ReferenceDocument.Load(LocalizedReference());

        Assert.Equal("1", reference.FindStyleId(StyleNames.Heading1));
        Assert.Equal("a3", reference.FindStyleId(StyleNames.BodyText));
        Assert.Equal("a5", reference.FindStyleId(StyleNames.TableText));
        var problem = Assert.Single(reference.Problems);
        Assert.Equal(StyleNames.TableTextSmall, problem.StyleName);
        Assert.Contains("Table Text Small", problem.Message, StringComparison.Ordinal);

        // The missing style came from the default, under a fresh id (its own was taken) and based on the localized id.
        Assert.Equal("TableTextSmall1", reference.FindStyleId(StyleNames.TableTextSmall));
        var copied = reference.CloneStyles().Elements<Style>().Single(s => s.StyleId == "TableTextSmall1");
        Assert.Equal("a5", copied.BasedOn!.Val!.Value);

        // Word list numbering in a heading style is dropped: heading numbers are text.
        Assert.Null(reference.CloneStyles().Elements<Style>().Single(s => s.StyleId == "1").StyleParagraphProperties!.NumberingProperties);
    }

    [Fact]
    public void Writer_uses_the_localized_ids_and_the_result_validates()
    {
        var reference = ReferenceDocument.Load(LocalizedReference());
        byte[] docx = SampleDocuments.Write(reference: reference);
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var ids = doc.MainDocumentPart!.Document!.Body!.Descendants<ParagraphStyleId>().Select(p => p.Val!.Value).ToHashSet();
        Assert.Contains("1", ids);
        Assert.Contains("a3", ids);
        Assert.Contains("TableTextSmall1", ids);
        Assert.DoesNotContain("Heading1", ids);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        Assert.Contains("[Body Text] 无其他需要说明的情况。", TestKit.DocxText.Flatten(docx), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'n', (byte)'o', (byte)'t', (byte)' ', (byte)'a', (byte)' ', (byte)'z', (byte)'i', (byte)'p' })]
    public void An_unreadable_reference_is_a_problem_not_an_exception(byte[] bytes)
    {
        var reference = ReferenceDocument.Load(bytes);
        var problem = Assert.Single(reference.Problems);
        Assert.Equal(string.Empty, problem.StyleName);
        Assert.All(StyleNames.All, name => Assert.True(reference.HasStyle(name), name));
        Assert.NotEmpty(SampleDocuments.Write(reference: reference));
    }

    [Fact]
    public void A_reference_without_footers_gets_the_default_page_numbers_and_a_problem()
    {
        var reference = ReferenceDocument.Load(WithoutFooters());
        var problem = Assert.Single(reference.Problems);
        Assert.Equal("参考文档没有页脚，已改用默认页脚（页码“— 1 —”）", problem.Message);
        byte[] docx = SampleDocuments.Write(reference: reference);
        Assert.Contains("[footer default] — {PAGE} —", TestKit.DocxText.Flatten(docx), StringComparison.Ordinal);
        using var written = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2007).Validate(written));
    }

    [Fact]
    public void A_build_with_a_reference_without_footers_warns_PR9101()
    {
        var result = Compilation.Build(
            PerfReport.Text.SourceText.From("samples/minimal.yaml", PerfReport.TestKit.Repo.Read("samples", "minimal.yaml")),
            new CompilationOptions { ReferenceDocx = WithoutFooters() });
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "PR9101");
        Assert.Equal("参考文档缺少样式：参考文档没有页脚，已改用默认页脚（页码“— 1 —”）；改用内置样式", warning.Message);
        Assert.Equal((1, 1), (warning.Span.Line, warning.Span.Column));
        Assert.Contains("[footer default] — {PAGE} —", TestKit.DocxText.Flatten(result.Docx!), StringComparison.Ordinal);
    }

    /// <summary>The default reference with its footers (parts and references) removed.</summary>
    private static byte[] WithoutFooters()
    {
        using var stream = new MemoryStream();
        stream.Write(ReferenceDocument.ExportDefault());
        using (var doc = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = doc.MainDocumentPart!;
            main.Document!.Body!.Elements<SectionProperties>().Last().RemoveAllChildren<FooterReference>();
            foreach (var footer in main.FooterParts.ToList()) main.DeletePart(footer);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The default reference as a Chinese Word would save it: ids "1", "a3", "a5"… while w:name stays English
    /// ("heading 1" in lower case), "Table Text Small" missing, its id taken by another style, and Heading 1 numbered.
    /// </summary>
    private static byte[] LocalizedReference()
    {
        var ids = new Dictionary<string, string>
        {
            ["Heading1"] = "1",
            ["Heading2"] = "2",
            ["Heading3"] = "3",
            ["Heading4"] = "4",
            ["BodyText"] = "a3",
            ["Title"] = "a4",
            ["TableText"] = "a5",
            ["Normal"] = "a",
        };
        using var stream = new MemoryStream();
        stream.Write(ReferenceDocument.ExportDefault());
        using (var doc = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            styles.Elements<Style>().Single(s => s.StyleId == "TableTextSmall").Remove();
            foreach (var style in styles.Elements<Style>())
            {
                style.StyleId = ids.GetValueOrDefault(style.StyleId!.Value!, style.StyleId.Value!);
                foreach (var link in new String253Type?[] { style.BasedOn, style.NextParagraphStyle }.OfType<String253Type>())
                {
                    link.Val = ids.GetValueOrDefault(link.Val!.Value!, link.Val.Value!);
                }
            }

            styles.Elements<Style>().Single(s => s.StyleId == "1").StyleName!.Val = "heading 1";
            styles.Elements<Style>().Single(s => s.StyleId == "1").StyleParagraphProperties!.NumberingProperties =
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 });
            styles.Append(new Style(new StyleName { Val = "其他样式" }) { Type = StyleValues.Paragraph, StyleId = "TableTextSmall" });
            styles.Save();
        }

        return stream.ToArray();
    }
}
