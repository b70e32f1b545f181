using System.IO.Compression;
using System.Security.Cryptography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Rendering.Docx;
using TextAlignment = PerfReport.Rendering.Docx.TextAlignment;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Tests.Rendering.Docx;

public sealed class DocxWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2023, 3, 31, 8, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Sample_report_validates_without_errors()
    {
        using var doc = Open(SampleDocuments.Write());
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        byte[] first = SampleDocuments.Write(timestamp: Stamp);
        byte[] second = SampleDocuments.Write(SampleDocuments.Report(), ReferenceDocument.Load(ReferenceDocument.ExportDefault()), Stamp);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
        Assert.NotEqual(SHA256.HashData(first), SHA256.HashData(SampleDocuments.Write(timestamp: Stamp.AddDays(1))));
    }

    [Fact]
    public void Zip_entries_are_ordered_and_stamped_with_the_timestamp_or_1980()
    {
        using var zip = new ZipArchive(new MemoryStream(SampleDocuments.Write(timestamp: Stamp)));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(["[Content_Types].xml", "_rels/.rels"], names.Take(2));
        Assert.Equal(names.Skip(2).Order(StringComparer.Ordinal), names.Skip(2));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2023, 3, 31, 0, 30, 0), e.LastWriteTime.DateTime));

        using var plain = new ZipArchive(new MemoryStream(SampleDocuments.Write(new DocumentSpec([]))));
        Assert.All(plain.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(plain.Entries, e => e.FullName == "docProps/core.xml");
    }

    [Fact]
    public void Core_properties_take_their_dates_from_the_timestamp_only()
    {
        using var doc = Open(SampleDocuments.Write(timestamp: Stamp));
        var core = doc.PackageProperties;
        Assert.Equal("2022年度部门整体支出绩效自评报告", core.Title);
        Assert.Equal(new DateTime(2023, 3, 31, 0, 30, 0, DateTimeKind.Utc), core.Created?.ToUniversalTime());
        Assert.Equal(core.Created, core.Modified);
        Assert.Equal("rIdMain", doc.GetIdOfPart(doc.MainDocumentPart!));
    }

    [Fact]
    public void Section_is_A4_portrait_with_GB_margins_footers_and_22_line_grid()
    {
        using var doc = Open(SampleDocuments.Write(SampleDocuments.Report(bodyParagraphs: 1)));
        var body = doc.MainDocumentPart!.Document!.Body!;
        var first = body.Descendants<SectionProperties>().First();
        var size = first.GetFirstChild<PageSize>()!;
        var margin = first.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Equal(579, first.GetFirstChild<DocGrid>()!.LinePitch!.Value);
        Assert.Equal(22, (16838 - 2098 - 1984) / 579);

        var footers = first.Elements<FooterReference>().ToDictionary(f => f.Type!.Value, f => (FooterPart)doc.MainDocumentPart.GetPartById(f.Id!.Value!));
        Assert.Equal(JustificationValues.Right, FooterParagraph(footers[HeaderFooterValues.Default]).ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Left, FooterParagraph(footers[HeaderFooterValues.Even]).ParagraphProperties!.Justification!.Val!.Value);
        Assert.Contains(footers[HeaderFooterValues.Default].Footer!.Descendants<FieldCode>(), c => c.Text.Trim() == "PAGE");
        Assert.NotNull(doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());

        var last = body.Elements<SectionProperties>().Single();
        Assert.Equal(PageOrientationValues.Landscape, last.GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Equal(12756, SectionLayout.TextWidth(last));
    }

    [Theory]
    [InlineData(StyleNames.BodyText, "仿宋_GB2312", 32)]
    [InlineData(StyleNames.Heading1, "黑体", 32)]
    [InlineData(StyleNames.Heading2, "楷体_GB2312", 32)]
    [InlineData(StyleNames.Title, "方正小标宋简体", 44)]
    [InlineData(StyleNames.TableText, "仿宋_GB2312", 21)]
    [InlineData(StyleNames.TableTextSmall, null, 18)]
    [InlineData(StyleNames.AttachmentLabel, "黑体", 32)]
    public void Styles_carry_east_asian_fonts_and_sizes(string name, string? eastAsia, int halfPoints)
    {
        using var doc = Open(SampleDocuments.Write());
        var style = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Single(s => string.Equals(s.StyleName?.Val?.Value, name, StringComparison.OrdinalIgnoreCase));
        var fonts = style.StyleRunProperties?.RunFonts;
        Assert.Equal(eastAsia, fonts?.EastAsia?.Value);
        if (eastAsia is not null)
        {
            Assert.Equal("Times New Roman", fonts!.Ascii?.Value);
            Assert.Equal("Times New Roman", fonts.HighAnsi?.Value);
        }

        Assert.Equal(halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture), style.StyleRunProperties!.FontSize!.Val!.Value);
    }

    [Fact]
    public void Font_table_gives_fallbacks_for_the_GB_fonts()
    {
        using var doc = Open(SampleDocuments.Write());
        var alt = doc.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("仿宋", alt["仿宋_GB2312"]);
        Assert.Equal("楷体", alt["楷体_GB2312"]);
        Assert.Equal("华文中宋", alt["方正小标宋简体"]);
    }

    [Fact]
    public void Body_text_style_indents_two_characters_and_justifies()
    {
        using var doc = Open(SampleDocuments.Write());
        var style = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "BodyText");
        var pPr = style.StyleParagraphProperties!;
        Assert.Equal(200, pPr.Indentation!.FirstLineChars!.Value);
        Assert.Equal(JustificationValues.Both, pPr.Justification!.Val!.Value);
    }

    [Fact]
    public void Table_has_real_merges_repeating_headers_and_a_grid_filling_the_text_width()
    {
        using var doc = Open(SampleDocuments.Write());
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, grid.Count);
        Assert.Equal(11906 - 1587 - 1474, grid.Sum());

        var rows = table.Elements<W.TableRow>().ToList();
        Assert.Equal(2 + (4 * 6) + 1, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal([true, true, false], rows.Take(3).Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null));
        Assert.Equal(2, rows.Count(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null));

        var header = rows[0].Elements<W.TableCell>().ToList();
        Assert.Equal(MergedCellValues.Restart, header[0].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(3, header[2].TableCellProperties!.GridSpan!.Val!.Value);
        var continued = rows[1].Elements<W.TableCell>().First();
        Assert.Null(continued.TableCellProperties!.VerticalMerge!.Val);
        Assert.Single(continued.Elements<Paragraph>());
        Assert.Equal(4, rows[^1].Elements<W.TableCell>().Last().TableCellProperties!.GridSpan!.Val!.Value);

        // Every row covers the grid exactly, and every cell is centred vertically.
        Assert.All(rows, r => Assert.Equal(5, r.Elements<W.TableCell>().Sum(c => c.TableCellProperties!.GridSpan?.Val?.Value ?? 1)));
        Assert.All(table.Descendants<W.TableCell>(), c =>
            Assert.Equal(TableVerticalAlignmentValues.Center, c.TableCellProperties!.TableCellVerticalAlignment!.Val!.Value));
    }

    [Fact]
    public void Page_break_becomes_page_break_before_on_the_next_paragraph()
    {
        var spec = new DocumentSpec([
            new ParagraphBlock(StyleNames.BodyText, "前"),
            PageBreakBlock.Instance,
            new ParagraphBlock(StyleNames.AttachmentLabel, "附表1"),
        ]);
        using var doc = Open(SampleDocuments.Write(spec));
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.NotNull(paragraphs[1].ParagraphProperties!.PageBreakBefore);
        Assert.Null(paragraphs[0].ParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void Text_with_line_breaks_tabs_and_control_characters_is_written_safely()
    {
        var spec = new DocumentSpec([new ParagraphBlock(StyleNames.BodyText, "甲\r\n乙\t丙\u0001丁")]);
        byte[] docx = SampleDocuments.Write(spec);
        using var doc = Open(docx);
        var run = doc.MainDocumentPart!.Document!.Body!.Descendants<W.Run>().Single();
        Assert.Equal(["甲", "乙", "丙丁"], run.Elements<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
        Assert.Single(run.Elements<Break>());
        Assert.Single(run.Elements<TabChar>());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void A_row_that_does_not_cover_the_grid_is_a_caller_bug(int columns)
    {
        var table = new TableSpec(ColumnWidths.Equal(columns), [TableRowSpec.Of(TextAlignment.Left, "a", "b", "c", "d", "e")]);
        Assert.Throws<ArgumentException>(() => SampleDocuments.Write(new DocumentSpec([new TableBlock(table)])));
    }

    [Fact]
    public void A_merge_continuation_without_a_merged_cell_above_is_a_caller_bug()
    {
        var table = new TableSpec(ColumnWidths.Equal(2), [
            TableRowSpec.Of(TextAlignment.Left, "a", "b"),
            new([TableCellSpec.Continue(), new("c")]),
        ]);
        Assert.Throws<ArgumentException>(() => SampleDocuments.Write(new DocumentSpec([new TableBlock(table)])));
    }

    private static Paragraph FooterParagraph(FooterPart part) => part.Footer!.Elements<Paragraph>().Single();

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
}
