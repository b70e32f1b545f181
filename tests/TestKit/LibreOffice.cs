using System.Diagnostics;
using System.Globalization;

namespace PerfReport.TestKit;

/// <summary>Converts a .docx to PDF with LibreOffice (own profile per run, the project's CJK font aliases) and reads it back.</summary>
internal static class LibreOffice
{
    public static bool Available => FindOnPath("soffice") is not null && FindOnPath("pdfinfo") is not null && FindOnPath("pdftotext") is not null;

    public sealed record Pdf(int Pages, string PageSize, string Text)
    {
        /// <summary>The text of each page (pdftotext ends every page with a form feed).</summary>
        public IReadOnlyList<string> PageTexts => [.. Text.Split('\f').Take(Pages)];
    }

    /// <summary>The PDF's page count, page size line and text; throws when LibreOffice writes no PDF.</summary>
    /// <param name="docx">The document.</param>
    /// <param name="keepIn">A folder to copy the .docx and .pdf into for a look, or null.</param>
    public static Pdf Convert(byte[] docx, string? keepIn = null)
    {
        var work = Path.Combine(Path.GetTempPath(), "perfreport-pdf-" + Guid.NewGuid().ToString("N"));
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "report.docx");
            File.WriteAllBytes(input, docx);
            var (code, output) = Run(FindOnPath("soffice")!, work, "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", work, input);
            var pdf = Path.Combine(work, "report.pdf");
            if (!File.Exists(pdf)) throw new InvalidOperationException($"soffice exited {code} without a PDF: {output}");
            var (_, info) = Run(FindOnPath("pdfinfo")!, work, pdf);
            var lines = info.Split('\n');
            var pages = int.Parse(lines.Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture);
            var size = lines.Single(l => l.StartsWith("Page size:", StringComparison.Ordinal));
            var (_, text) = Run(FindOnPath("pdftotext")!, work, pdf, "-");
            if (keepIn is { Length: > 0 })
            {
                Directory.CreateDirectory(keepIn);
                foreach (var file in Directory.GetFiles(work)) File.Copy(file, Path.Combine(keepIn, Path.GetFileName(file)), overwrite: true);
            }

            return new Pdf(pages, size, text);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
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
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["FONTCONFIG_FILE"] = Path.Combine(AppContext.BaseDirectory, "Rendering", "Docx", "fonts.conf");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + exe);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
