using System.IO.Compression;
using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Rendering;
using PerfReport.Rendering.Docx;
using PerfReport.TestKit;
using PerfReport.Text;
using TextAlignment = PerfReport.Rendering.Docx.TextAlignment;
using VerticalMerge = PerfReport.Rendering.Docx.VerticalMerge;

namespace PerfReport.Tests.Rendering.Docx;

/// <summary>
/// The writer serializes the package itself; its bytes must equal what the OpenXML SDK's package wrote
/// (<see cref="SdkPackageDocxWriter"/>, the previous writer kept as the oracle) for every shape of input, and the
/// samples' bytes are pinned so that neither path can drift unnoticed.
/// </summary>
public sealed class DirectWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2023, 3, 31, 8, 30, 0, TimeSpan.FromHours(8));

    public static TheoryData<string, bool, bool> Cases()
    {
        var data = new TheoryData<string, bool, bool>();
        foreach (var sample in new[] { "2022.yaml", "minimal.yaml" })
        {
            foreach (var dated in new[] { false, true })
            {
                foreach (var split in new[] { false, true }) data.Add(sample, dated, split);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_and_attachments_equal_the_SDK_package_byte_for_byte(string sample, bool dated, bool split)
    {
        var (report, model) = Render(sample);
        var reference = ReferenceDocument.LoadDefault();
        DateTimeOffset? stamp = dated ? Stamp : null;
        var documents = split ? report.Attachments.Select(a => a.Document).Prepend(report.Whole).ToList() : [report.Whole];
        Assert.True(documents.Count == (split ? 3 : 1), $"{model} attachments: {documents.Count}");
        foreach (var document in documents)
        {
            AssertSameEntries(SdkPackageDocxWriter.Write(document, reference, stamp), DocxWriter.Write(document, reference, stamp));
        }
    }

    [Fact]
    public void A_reference_with_a_theme_headers_and_footers_equals_the_SDK_package()
    {
        var reference = ReferenceDocument.Load(ReferenceWithThemeAndHeader());
        Assert.Empty(reference.Problems);
        Assert.NotNull(reference.Theme);
        Assert.Contains(reference.HeadersAndFooters, h => h.IsHeader);
        var document = SampleDocuments.Report();
        var direct = DocxWriter.Write(document, reference, Stamp);
        AssertSameEntries(SdkPackageDocxWriter.Write(document, reference, Stamp), direct);

        using var zip = new ZipArchive(new MemoryStream(direct));
        Assert.Contains(zip.Entries, e => e.FullName == "word/theme/theme1.xml");
        Assert.Contains(zip.Entries, e => e.FullName == "word/header1.xml");
    }

    /// <summary>
    /// Every construct the XML writer emits, each checked to be present (so the comparison is not vacuous) and the
    /// whole document equal to the SDK's: bold, tab, every line end, characters XML cannot carry, a surrogate pair,
    /// a page break before a table without title, two tables joined, notes kept together, a header row that may
    /// split, merges, and sections turned landscape and back.
    /// </summary>
    [Fact]
    public void Every_construct_of_the_body_equals_the_SDK_object_model()
    {
        var merged = new TableSpec(ColumnWidths.Relative(1, 2, 3),
        [
            new([new("甲", Merge: VerticalMerge.Restart, Bold: true), new("跨两列", ColumnSpan: 2, Alignment: TextAlignment.Right)], MaySplit: true),
            new([TableCellSpec.Continue(), new("左", Alignment: TextAlignment.Left), new("两端", Alignment: TextAlignment.Justify)]),
        ], HeaderRowCount: 1)
        { Notes = ["注：一", "注：二"] };
        var document = new DocumentSpec(
        [
            new ParagraphBlock(StyleNames.BodyText,
            [
                new TextRun("粗体\t制表", Bold: true),
                new TextRun("一行\r\n二行\r三行\n四行\u0001\uFFFE\uD800丢弃𠀋保留<&>\"'"),
            ], Alignment: TextAlignment.Center),
            new ParagraphBlock("No Such Style", "未知样式回到正文"),
            new ParagraphBlock(StyleNames.BodyText, "孤立低代理乙\uDC00甲，末尾回车\r"),
            PageBreakBlock.Instance,
            new TableBlock(merged with { Notes = [] }),
            new TableBlock(merged),
            new SectionBreakBlock(PageOrientation.Landscape),
            new TableBlock(merged with { Title = "横排" }),
            new SectionBreakBlock(PageOrientation.Portrait),
            new SectionBreakBlock(PageOrientation.Portrait),
            new ParagraphBlock(StyleNames.BodyText, "末段", PageBreakBefore: true, Alignment: TextAlignment.Left),
        ]);
        var reference = ReferenceDocument.LoadDefault();
        var direct = DocxWriter.Write(document, reference, null);
        AssertSameEntries(SdkPackageDocxWriter.Write(document, reference, null), direct);

        using var zip = new ZipArchive(new MemoryStream(direct));
        string xml = System.Text.Encoding.UTF8.GetString(Read(zip.GetEntry("word/document.xml")!));
        string[] expected =
        [
            "<w:r><w:rPr><w:b /><w:bCs /></w:rPr><w:t xml:space=\"preserve\">粗体</w:t><w:tab /><w:t xml:space=\"preserve\">制表</w:t></w:r>",
            "<w:t xml:space=\"preserve\">一行</w:t><w:br /><w:t xml:space=\"preserve\">二行</w:t><w:br /><w:t xml:space=\"preserve\">三行</w:t><w:br /><w:t xml:space=\"preserve\">四行丢弃𠀋保留&lt;&amp;&gt;\"'</w:t>",
            "<w:p><w:r><w:t xml:space=\"preserve\">未知样式回到正文</w:t></w:r></w:p>",
            "<w:t xml:space=\"preserve\">孤立低代理乙甲，末尾回车</w:t><w:br /></w:r></w:p>",
            "<w:p><w:pPr><w:pStyle w:val=\"TableTextSmall\" /><w:pageBreakBefore /></w:pPr></w:p><w:tbl>",
            "<w:pPr><w:pStyle w:val=\"TableTextSmall\" /><w:snapToGrid w:val=\"false\" /><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\" /><w:rPr><w:sz w:val=\"2\" /><w:szCs w:val=\"2\" /></w:rPr></w:pPr>",
            "<w:pPr><w:pStyle w:val=\"TableText\" /><w:keepNext /><w:jc w:val=\"left\" /></w:pPr><w:r><w:t xml:space=\"preserve\">注：一</w:t>",
            "<w:tr><w:trPr><w:tblHeader /></w:trPr>",
            "<w:tcPr><w:tcW w:w=\"",
            "<w:gridSpan w:val=\"2\" />",
            "<w:vMerge w:val=\"restart\" />",
            "<w:vMerge /><w:vAlign w:val=\"center\" />",
            "<w:jc w:val=\"both\" />",
            "<w:jc w:val=\"right\" />",
            "w:orient=\"landscape\"",
            "<w:pageBreakBefore /><w:jc w:val=\"left\" /></w:pPr><w:r><w:t xml:space=\"preserve\">末段</w:t></w:r></w:p><w:sectPr>",
        ];
        foreach (var piece in expected) Assert.Contains(piece, xml, StringComparison.Ordinal);

        // Three section breaks: three w:sectPr inside paragraphs (the second portrait break closes an empty section), one on the body.
        Assert.Equal(3, CountOf(xml, "</w:rPr><w:sectPr>") + CountOf(xml, "</w:pStyle><w:sectPr>") + CountOf(xml, " /><w:sectPr>"));
        Assert.Equal(4, CountOf(xml, "<w:sectPr>"));
    }

    private static int CountOf(string text, string piece)
    {
        int count = 0;
        for (int i = text.IndexOf(piece, StringComparison.Ordinal); i >= 0; i = text.IndexOf(piece, i + piece.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    [Fact]
    public void A_document_without_title_or_timestamp_has_no_core_properties_in_either_writer()
    {
        var document = new DocumentSpec([]);
        var reference = ReferenceDocument.LoadDefault();
        AssertSameEntries(SdkPackageDocxWriter.Write(document, reference, null), DocxWriter.Write(document, reference, null));
        using var zip = new ZipArchive(new MemoryStream(DocxWriter.Write(document, reference, null)));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
    }

    /// <summary>
    /// The built samples' hashes, pinned before the writer changed (2026-12-03, SDK package writer) and unchanged
    /// after. A deliberate change of the output (a template, a style) changes them: review the golden text diff,
    /// then update these with the new values that this test prints. The CLI gives the same bytes
    /// (`perfreport build samples/2022.yaml`, with SOURCE_DATE_EPOCH=1680222600 for the dated ones).
    /// </summary>
    [Theory]
    [InlineData("2022.yaml", false, "D4F39461280BB1DB2574818D060CBA2450BB40CF6AFB39C10B2E5955D8AFEF36")]
    [InlineData("2022.yaml", true, "9AAFDFA8A531B8804E451E3C342A5241023E8A28B0927053788290F5E0E6B804")]
    [InlineData("minimal.yaml", false, "A38A876A844E7C31998CECC26ED67141AAC5980098185C025B77311ABACBF3AA")]
    [InlineData("minimal.yaml", true, "FB87A4201C831015F0590F98CBE777CBD6132B0D66C81D89D94C53748D656AD3")]
    public void Built_samples_keep_their_pinned_bytes(string sample, bool dated, string sha256)
    {
        var options = dated ? new CompilationOptions { Timestamp = Stamp } : CompilationOptions.Default;
        var bytes = ReportBuildTests.BuildSample(sample, options);
        Assert.Equal(sha256, Convert.ToHexString(SHA256.HashData(bytes)));
    }

    /// <summary>A report whose 自评表 runs over pages: tables split page by page, joined and repeated headers.</summary>
    [Fact]
    public void A_report_with_tables_over_many_pages_equals_the_SDK_package()
    {
        var result = Compilation.Validate(SourceText.From("large.yaml", LargeReportTests.Yaml()), CompilationOptions.Default);
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
        var report = ReportRenderer.Render(result.Model!, result.ScoreSheet, TemplateSet.Default, new PerfReport.Diagnostics.DiagnosticBag("large.yaml"));
        Assert.NotNull(report);
        var reference = ReferenceDocument.LoadDefault();
        var direct = DocxWriter.Write(report.Whole, reference, Stamp);
        AssertSameEntries(SdkPackageDocxWriter.Write(report.Whole, reference, Stamp), direct);
        using var zip = new ZipArchive(new MemoryStream(direct));
        string xml = System.Text.Encoding.UTF8.GetString(Read(zip.GetEntry("word/document.xml")!));
        Assert.True(CountOf(xml, "<w:pageBreakBefore /><w:snapToGrid w:val=\"false\" />") >= 1, "no table continued on a new page");
    }

    private static (RenderedReport Report, string Sample) Render(string sample)
    {
        var result = Compilation.Validate(SourceText.From("samples/" + sample, Repo.Read("samples", sample)), CompilationOptions.Default);
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
        var bag = new PerfReport.Diagnostics.DiagnosticBag(sample);
        var report = ReportRenderer.Render(result.Model!, result.ScoreSheet, TemplateSet.Default, bag);
        Assert.NotNull(report);
        return (report, sample);
    }

    private static void AssertSameEntries(byte[] expected, byte[] actual)
    {
        using var a = new ZipArchive(new MemoryStream(expected));
        using var b = new ZipArchive(new MemoryStream(actual));
        Assert.Equal(a.Entries.Select(e => e.FullName), b.Entries.Select(e => e.FullName));
        foreach (var entry in a.Entries)
        {
            var other = b.GetEntry(entry.FullName)!;
            var (want, got) = (Read(entry), Read(other));
            if (!want.AsSpan().SequenceEqual(got))
            {
                int at = want.AsSpan().CommonPrefixLength(got);
                Assert.Fail($"{entry.FullName} differs from byte {at}:\nSDK:    {Around(want, at)}\ndirect: {Around(got, at)}");
            }
        }

        Assert.Equal(Convert.ToHexString(SHA256.HashData(expected)), Convert.ToHexString(SHA256.HashData(actual)));
    }

    /// <summary>The text from a little before <paramref name="at"/> to 300 bytes after it.</summary>
    private static string Around(byte[] data, int at)
    {
        int start = Math.Max(0, at - 120);
        return "…" + System.Text.Encoding.UTF8.GetString(data, start, Math.Min(data.Length, at + 300) - start) + "…";
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The default reference with a theme part and a first-page header added, as Word saves a reference it edited.</summary>
    private static byte[] ReferenceWithThemeAndHeader()
    {
        using var stream = new MemoryStream();
        stream.Write(ReferenceDocument.ExportDefault());
        using (var doc = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = doc.MainDocumentPart!;
            var theme = main.AddNewPart<ThemePart>();
            using (var themeStream = new MemoryStream("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\"><a:themeElements><a:clrScheme name=\"Office\"/></a:themeElements></a:theme>"u8.ToArray()))
            {
                theme.FeedData(themeStream);
            }

            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("部门整体支出绩效自评报告"))));
            var section = main.Document!.Body!.Elements<SectionProperties>().Last();
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
