using System.Globalization;

namespace PerfReport.TestKit;

/// <summary>Converts a .docx to PDF with LibreOffice (own profile per run, the project's CJK font aliases) and reads it back.</summary>
internal static class LibreOffice
{
    public static bool Available => ChildProcess.FindOnPath("soffice") is not null && ChildProcess.FindOnPath("pdfinfo") is not null && ChildProcess.FindOnPath("pdftotext") is not null;

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
            var (code, output) = Run(ChildProcess.FindOnPath("soffice")!, work, "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", work, input);
            var pdf = Path.Combine(work, "report.pdf");
            if (!File.Exists(pdf)) throw new InvalidOperationException($"soffice exited {code} without a PDF: {output}");
            var (_, info) = Run(ChildProcess.FindOnPath("pdfinfo")!, work, pdf);
            var lines = info.Split('\n');
            var pages = int.Parse(lines.Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture);
            var size = lines.Single(l => l.StartsWith("Page size:", StringComparison.Ordinal));
            var (_, text) = Run(ChildProcess.FindOnPath("pdftotext")!, work, pdf, "-");
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

    /// <summary>
    /// Each sheet of a workbook as LibreOffice Calc saves it to CSV (UTF-8, comma, cells as shown, i.e. through their
    /// number formats), keyed by sheet name; throws when Calc writes nothing (not installed: libreoffice-calc-nogui).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ConvertToCsv(byte[] xlsx)
    {
        var work = Path.Combine(Path.GetTempPath(), "perfreport-csv-" + Guid.NewGuid().ToString("N"));
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "book.xlsx");
            File.WriteAllBytes(input, xlsx);
            // Filter options: separator 44 (,), quote 34 ("), UTF-8 (76), from line 1, …, token 9 "save as shown" true,
            // token 12 -1: every sheet into a file of its own, book-<sheet>.csv.
            const string Filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
            var (code, output) = Run(ChildProcess.FindOnPath("soffice")!, work, "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", Filter, "--outdir", work, input);
            var sheets = Directory.GetFiles(work, "book-*.csv")
                .ToDictionary(f => Path.GetFileNameWithoutExtension(f)["book-".Length..], File.ReadAllText, StringComparer.Ordinal);
            if (sheets.Count == 0) throw new InvalidOperationException($"soffice exited {code} without a CSV (is LibreOffice Calc, libreoffice-calc-nogui, installed?): {output}");
            return sheets;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>A CSV text as rows of cells (RFC 4180 quoting, as Calc writes it).</summary>
    public static IReadOnlyList<string[]> ParseCsv(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') cell.Append(csv[++i]);
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') i++;
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else cell.Append(c);
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }

    private static (int Code, string Output) Run(string exe, string workingDirectory, params string[] args)
    {
        var fonts = new Dictionary<string, string> { ["FONTCONFIG_FILE"] = Path.Combine(AppContext.BaseDirectory, "Rendering", "Docx", "fonts.conf") };
        var result = ChildProcess.Run(exe, workingDirectory, TimeSpan.FromMinutes(3), fonts, args);
        return (result.Code, result.Output);
    }
}
