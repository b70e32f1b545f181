using PerfReport.TestKit;

namespace PerfReport.Tests.Rendering.Docx;

/// <summary>
/// Converts a generated document to PDF with LibreOffice. xunit 2 cannot skip at run time, so the test
/// RETURNS EARLY (passes) when soffice or pdfinfo is not on PATH. Set PERFREPORT_RENDER_DIR to keep the .docx and
/// .pdf for a look (tests/render-check.sh does that and makes PNGs).
/// </summary>
public sealed class LibreOfficeRenderTests
{
    [Fact]
    public void Report_converts_to_A4_pdf_when_soffice_is_installed_else_returns_early()
    {
        if (!LibreOffice.Available)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "LibreOffice is missing under CI");
            return;
        }

        var docx = SampleDocuments.Write(SampleDocuments.Report(bodyParagraphs: 14));
        var pdf = LibreOffice.Convert(docx, Environment.GetEnvironmentVariable("PERFREPORT_RENDER_DIR"));
        Assert.Contains("(A4)", pdf.PageSize, StringComparison.Ordinal);
        Assert.InRange(pdf.Pages, 5, 12);
    }
}
