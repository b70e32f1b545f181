using System.Security.Cryptography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PerfReport.TestKit;
using PerfReport.Tests.TestKit;
using PerfReport.Text;

namespace PerfReport.Tests.Rendering;

/// <summary>The built report: a valid document, the same bytes every time, the text reviewed in a golden file.</summary>
public class ReportBuildTests
{
    public static TheoryData<string> BuildableSamples() => new("2022.yaml", "minimal.yaml");

    internal static byte[] BuildSample(string sample, CompilationOptions? options = null)
    {
        var result = Compilation.Build(SourceText.From("samples/" + sample, Repo.Read("samples", sample)), options ?? CompilationOptions.Default);
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
        return result.Docx!;
    }

    [Theory]
    [MemberData(nameof(BuildableSamples))]
    public void Report_is_valid_OpenXml(string sample)
    {
        // Conservative OOXML: valid for Word 2007 as well as for the newest version.
        using var doc = WordprocessingDocument.Open(new MemoryStream(BuildSample(sample)), false);
        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            var errors = new OpenXmlValidator(version).Validate(doc).ToList();
            Assert.True(errors.Count == 0, $"{version}:\n" + string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
    }

    [Theory]
    [MemberData(nameof(BuildableSamples))]
    public void Same_input_gives_the_same_bytes(string sample)
    {
        var first = SHA256.HashData(BuildSample(sample));
        var second = SHA256.HashData(BuildSample(sample));
        Assert.Equal(first, second);
        var dated = new CompilationOptions { Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) };
        Assert.Equal(SHA256.HashData(BuildSample(sample, dated)), SHA256.HashData(BuildSample(sample, dated)));
    }

    [Theory]
    [MemberData(nameof(BuildableSamples))]
    public void Text_matches_the_reviewed_golden_file(string sample)
    {
        var text = DocxText.Flatten(BuildSample(sample), structure: true).Replace("\r\n", "\n", StringComparison.Ordinal);
        Golden.Check(Path.Combine("tests", "PerfReport.Core.Tests", "Rendering", "Golden", Path.ChangeExtension(sample, ".text.verified.txt")), text);
    }

    /// <summary>One indicator of each kind (正向, 反向, 等于, 定性) whose target differs from its actual: a swapped column shows.</summary>
    [Fact]
    public void Indicators_of_every_kind_match_the_reviewed_golden_file()
    {
        var input = Repo.Read("tests", "PerfReport.Core.Tests", "Rendering", "Golden", "kinds.yaml");
        var result = Compilation.Build(SourceText.From("kinds.yaml", input), CompilationOptions.Default);
        Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
        var table = result.ScoreSheet!.Indicators.Select(i => i.Kind).Distinct().Count();
        Assert.Equal(4, table);
        var text = DocxText.Flatten(result.Docx!, structure: true).Replace("\r\n", "\n", StringComparison.Ordinal);
        Golden.Check(Path.Combine("tests", "PerfReport.Core.Tests", "Rendering", "Golden", "kinds.text.verified.txt"), text);
    }

    [Fact]
    public void Short_indicator_groups_and_the_last_rows_keep_together_and_with_the_signature()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(BuildSample("2022.yaml")), false);
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Last();
        var keeps = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => r.Descendants<DocumentFormat.OpenXml.Wordprocessing.KeepNext>().Any())
            .ToList();

        // The head (10 rows) and the indicator header do not keep; then 数量指标 (2 rows), 质量 (1), 时效 (2), 成本 (1),
        // 经济 (1), 社会 (1), 生态 (1), 可持续 (1), 满意度 (2): a 二级 group of up to 4 rows keeps together; the last two
        // indicator rows keep with 总分, and 总分 with the signature under the table.
        bool[] head = [.. Enumerable.Repeat(false, 11)];
        bool[] indicators = [true, false, false, true, false, false, false, false, false, false, true, true];
        Assert.Equal([.. head, .. indicators, true], keeps);
        var signature = table.NextSibling<DocumentFormat.OpenXml.Wordprocessing.Paragraph>();
        Assert.StartsWith("填表人", signature!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_errors_is_not_written()
    {
        var result = Compilation.Build(SourceText.From("p.yaml", Repo.Read("samples", "2022-as-published.yaml")), CompilationOptions.Default);
        Assert.True(result.HasErrors);
        Assert.Null(result.Docx);
        Assert.Empty(result.Attachments);
    }

    [Fact]
    public void Split_gives_each_attached_table_its_own_document()
    {
        var result = Compilation.Build(SourceText.From("s.yaml", Repo.Read("samples", "2022.yaml")), new CompilationOptions { Split = true });
        Assert.Equal(["附表1-基础数据表", "附表2-自评表"], result.Attachments.Select(a => a.Name));
        var first = DocxText.Flatten(result.Attachments[0].Docx);
        Assert.Contains("2022年度部门整体支出绩效评价基础数据表", first, StringComparison.Ordinal);
        Assert.DoesNotContain("绩效指标", first, StringComparison.Ordinal);
        Assert.Contains("绩效指标", DocxText.Flatten(result.Attachments[1].Docx), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_converts_with_LibreOffice_to_A4_pages_when_it_is_installed()
    {
        // xunit 2 cannot skip at run time. .ci/run installs LibreOffice, so under CI its absence is a failure.
        if (!LibreOffice.Available)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "LibreOffice is missing under CI");
            return;
        }
        var pdf = LibreOffice.Convert(BuildSample("2022.yaml"));
        Assert.Contains("(A4)", pdf.PageSize, StringComparison.Ordinal);
        Assert.InRange(pdf.Pages, 6, 14);
        Assert.Contains("益阳市资阳区工商业联合会", pdf.Text, StringComparison.Ordinal);
        // Page numbers as GB/T 9704 writes them, one per page (pdftotext drops the spaces around the number).
        Assert.Equal(pdf.Pages, pdf.Text.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l.Trim(), @"^—\s*\d+\s*—$")));
    }
}
