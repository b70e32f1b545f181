using System.Diagnostics;
using System.Globalization;

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
        string? soffice = FindOnPath("soffice");
        string? pdfinfo = FindOnPath("pdfinfo");
        if (soffice is null || pdfinfo is null)
        {
            return;
        }

        string work = Path.Combine(Path.GetTempPath(), "perfreport-render-" + Guid.NewGuid().ToString("N"));
        string profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            string docx = Path.Combine(work, "report.docx");
            File.WriteAllBytes(docx, SampleDocuments.Write(SampleDocuments.Report(bodyParagraphs: 14)));
            var (code, output) = Run(soffice, work,
                "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", work, docx);
            string pdf = Path.Combine(work, "report.pdf");
            Assert.True(File.Exists(pdf), $"soffice exited {code} without a PDF: {output}");
            Assert.True(new FileInfo(pdf).Length > 1000, "the PDF is (almost) empty");

            var (_, info) = Run(pdfinfo, work, pdf);
            string pageSize = info.Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal));
            Assert.Contains("(A4)", pageSize, StringComparison.Ordinal);
            int pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture);
            Assert.InRange(pages, 5, 12);
            Keep(work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    private static void Keep(string work)
    {
        if (Environment.GetEnvironmentVariable("PERFREPORT_RENDER_DIR") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (string file in Directory.GetFiles(work))
            {
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    private static (int Code, string Output) Run(string exe, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(exe)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["FONTCONFIG_FILE"] = Path.Combine(AppContext.BaseDirectory, "Rendering", "Docx", "fonts.conf");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + exe);
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
