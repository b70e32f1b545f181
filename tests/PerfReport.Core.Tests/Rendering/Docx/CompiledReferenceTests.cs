using System.IO.Compression;
using PerfReport.Rendering.Docx;
using PerfReport.TestKit;

namespace PerfReport.Tests.Rendering.Docx;

/// <summary>
/// The built-in reference is used from data (<see cref="CompiledReference"/>) so that a build does not load the
/// OpenXML SDK's object model; the data must be what the SDK reads from templates/reference, and documents written
/// with it must be the bytes written with the SDK's reading.
/// </summary>
public sealed class CompiledReferenceTests
{
    [Fact]
    public void The_data_is_what_the_SDK_reads_from_templates_reference()
    {
        // After a change under templates/reference: run with PERFREPORT_ACCEPT=1, review the diff, run again.
        Golden.Check(CompiledReference.RepositoryPath, CompiledReference.Write(ReferenceDocument.LoadDefaultWithSdk()));
    }

    [Fact]
    public void The_default_reference_is_the_data_and_agrees_with_the_SDK_reading()
    {
        var data = ReferenceDocument.LoadDefault();
        var sdk = ReferenceDocument.LoadDefaultWithSdk();
        Assert.True(data.KeptAsData);
        Assert.False(sdk.KeptAsData);
        Assert.Empty(data.Problems);
        Assert.Equal(sdk.StyleIds.OrderBy(p => p.Key, StringComparer.Ordinal), data.StyleIds.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("Heading1", data.FindStyleId("heading 1"));
        Assert.True(data.HasStyle("TABLE TEXT SMALL"));
        Assert.False(data.HasStyle("No Such Style"));
        Assert.Equal(sdk.HeadersAndFooters.Count, data.HeadersAndFooters.Count);
        Assert.Equal(sdk.CloneStyles().OuterXml, data.CloneStyles().OuterXml);
        Assert.Equal(sdk.CloneSection().OuterXml, data.CloneSection().OuterXml);

        var (a, b) = (sdk.FixedParts, data.FixedParts);
        Assert.Equal(a.Parts.Select(p => (p.Name, p.ContentType, p.RelationshipType, p.RelationshipId)), b.Parts.Select(p => (p.Name, p.ContentType, p.RelationshipType, p.RelationshipId)));
        Assert.All(a.Parts.Zip(b.Parts), p => Assert.Equal(p.First.Data, p.Second.Data));
        Assert.Equal(a.HeaderFooterIds.OrderBy(p => p.Key, StringComparer.Ordinal), b.HeaderFooterIds.OrderBy(p => p.Key, StringComparer.Ordinal));
        foreach (var (x, y) in new[] { (a.FirstSection, b.FirstSection), (a.Section(PageOrientation.Portrait), b.Section(PageOrientation.Portrait)), (a.Section(PageOrientation.Landscape), b.Section(PageOrientation.Landscape)) })
        {
            Assert.Equal((x.Xml, x.TextWidth, x.TextHeight), (y.Xml, y.TextWidth, y.TextHeight));
            Assert.Equal(x.Clone().OuterXml, y.Clone().OuterXml);
        }

        // Portrait A4 less 28 + 26 mm, landscape less 37 + 35 mm (the margins turn with the page).
        Assert.Equal((8845, 12756), (b.FirstSection.TextWidth, b.Section(PageOrientation.Landscape).TextWidth));
    }

    [Fact]
    public void A_document_written_with_the_data_has_the_bytes_written_with_the_SDK_reading()
    {
        var document = SampleDocuments.Report();
        var stamp = new DateTimeOffset(2023, 3, 31, 8, 30, 0, TimeSpan.Zero);
        var fromData = DocxWriter.Write(document, ReferenceDocument.LoadDefault(), stamp);
        Assert.Equal(DocxWriter.Write(document, ReferenceDocument.LoadDefaultWithSdk(), stamp), fromData);
        using var zip = new ZipArchive(new MemoryStream(fromData));
        Assert.Contains(zip.Entries, e => e.FullName == "word/footer2.xml");
    }

    [Fact]
    public void A_user_reference_missing_parts_falls_back_on_the_built_in_styles()
    {
        // A reference without styles.xml: every style comes from the built-in one, which is read with the SDK for this.
        using var stream = new MemoryStream();
        stream.Write(ReferenceDocument.ExportDefault());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true)) zip.GetEntry("word/styles.xml")!.Delete();
        var reference = ReferenceDocument.Load(stream.ToArray());
        Assert.False(reference.KeptAsData);
        Assert.NotEmpty(reference.Problems);
        Assert.Equal(ReferenceDocument.LoadDefault().StyleIds.Count, reference.StyleIds.Count);
    }
}
