using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Diagnostics;
using PerfReport.Rendering.WordTemplates;
using PerfReport.TestKit;
using PerfReport.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Tests.Rendering.WordTemplates;

/// <summary>
/// Word template documents made with the OpenXML SDK the way Word saves what a user typed: runs with rsid attributes,
/// tags cut by w:proofErr, bookmarks and revision marks, formatting changed inside a tag; and the built result read back.
/// </summary>
internal static class WordDocs
{
    public static readonly string Sample = Repo.Read("samples", "2022.yaml");

    /// <summary>A run of text as Word writes it: an rsid, optional bold/italic, xml:space preserved when needed.</summary>
    public static Run R(string text, bool bold = false, bool italic = false, string rsid = "00A1B2C3")
    {
        var run = new Run { RsidRunProperties = rsid, RsidRunAddition = rsid };
        if (bold || italic)
        {
            var rPr = new RunProperties();
            if (bold) rPr.Append(new Bold());
            if (italic) rPr.Append(new Italic());
            run.Append(rPr);
        }

        run.Append(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static ProofError Proof(bool start) => new() { Type = start ? ProofingErrorValues.SpellStart : ProofingErrorValues.SpellEnd };

    public static Paragraph Para(params OpenXmlElement[] content) => new(content) { RsidParagraphAddition = "00A1B2C3", RsidRunAdditionDefault = "00A1B2C3" };

    /// <summary>A paragraph of plain text (one run).</summary>
    public static Paragraph Para(string text) => Para(R(text));

    public static TableCell Cell(params OpenXmlElement[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = "1800", Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs.Length == 0 ? [Para()] : paragraphs);
        return cell;
    }

    public static TableCell Cell(string text) => Cell(Para(text));

    public static TableRow Row(params TableCell[] cells) => new(cells) { RsidTableRowAddition = "00A1B2C3" };

    public static Table Table(int columns, params TableRow[] rows)
    {
        var table = new Table(
            new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "1800" })));
        table.Append(rows);
        return table;
    }

    /// <summary>A .docx with the body, and optionally a default header and footer with their paragraphs.</summary>
    public static byte[] Create(IEnumerable<OpenXmlElement> body, Paragraph[]? header = null, Paragraph[]? footer = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var sectPr = new SectionProperties();
            if (header is not null)
            {
                var h = main.AddNewPart<HeaderPart>("rIdH1");
                h.Header = new Header(header);
                sectPr.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdH1" });
            }

            if (footer is not null)
            {
                var f = main.AddNewPart<FooterPart>("rIdF1");
                f.Footer = new Footer(footer);
                sectPr.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdF1" });
            }

            sectPr.Append(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1440, Right = 1800U, Bottom = 1440, Left = 1800U, Header = 851U, Footer = 992U, Gutter = 0U });
            main.Document = new Document(new Body(body.Append(sectPr)));
        }

        return stream.ToArray();
    }

    public static CompilationResult Build(byte[] template, string yaml = "") =>
        Compilation.Build(SourceText.From("2022.yaml", yaml.Length > 0 ? yaml : Sample), CompilationOptions.Default with { WordTemplate = WordTemplate.Load("模板.docx", template) });

    /// <summary>The built document; fails with the diagnostics when there is none.</summary>
    public static byte[] Built(byte[] template, string yaml = "")
    {
        var result = Build(template, yaml);
        Assert.True(result.Docx is not null, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.FilePath}({d.Span.Line},{d.Span.Column}) {d.Id} {d.Message}")));
        return result.Docx!;
    }

    /// <summary>The template's errors (the build must have failed).</summary>
    public static List<Diagnostic> Errors(byte[] template)
    {
        var result = Build(template);
        Assert.Null(result.Docx);
        return result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    /// <summary>The body's paragraphs outside tables, as text (w:t only: deleted text is not shown).</summary>
    public static List<string> BodyText(byte[] docx)
    {
        using var doc = Open(docx);
        return doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(Visible).ToList();
    }

    public static string Visible(OpenXmlElement e) => string.Concat(e.Descendants<W.Text>().Select(t => t.Text));

    /// <summary>Each row of the first table: each cell as "text" with "|span=n" and "|restart"/"|continue" when set.</summary>
    public static List<string> TableRows(byte[] docx, int table = 0)
    {
        using var doc = Open(docx);
        var t = doc.MainDocumentPart!.Document!.Body!.Descendants<Table>().ElementAt(table);
        return t.Elements<TableRow>().Select(r => string.Join(" ‖ ", r.Elements<TableCell>().Select(Describe))).ToList();
    }

    private static string Describe(TableCell c)
    {
        var text = string.Join("/", c.Elements<Paragraph>().Select(Visible));
        var span = c.TableCellProperties?.GridSpan?.Val?.Value is { } n ? $"|span={n}" : "";
        var merge = c.TableCellProperties?.VerticalMerge is { } v ? (v.Val?.Value == MergedCellValues.Restart ? "|restart" : "|continue") : "";
        return text + span + merge;
    }

    public static void AssertValid(byte[] docx)
    {
        using var doc = Open(docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }
}
