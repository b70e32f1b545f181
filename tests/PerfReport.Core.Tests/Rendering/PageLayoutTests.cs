using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfReport.Benchmarks;
using PerfReport.TestKit;
using PerfReport.Text;
using YamlDotNet.RepresentationModel;

namespace PerfReport.Tests.Rendering;

/// <summary>
/// The printed pages of the two 附表, as LibreOffice sets them: the sample and long generated reports (10, 40, 80
/// indicators; 5, 30, 60 projects), each converted once (<see cref="PageLayoutFixture"/>) and read page by page with
/// pdftotext. Set PERFREPORT_RENDER_DIR to keep the PDFs for a look.
/// </summary>
public sealed class PageLayoutTests(PageLayoutTests.PageLayoutFixture fixture) : IClassFixture<PageLayoutTests.PageLayoutFixture>
{
    internal sealed record Report(string Name, string Yaml, byte[] Docx, LibreOffice.Pdf Pdf);

    /// <summary>Builds and converts the reports once for all the tests of the class (about 10 s each).</summary>
    public sealed class PageLayoutFixture
    {
        private readonly Lazy<IReadOnlyList<Report>> _reports = new(Load);

        internal IReadOnlyList<Report> Reports => _reports.Value;

        private static IReadOnlyList<Report> Load()
        {
            var sample = Repo.Read("samples", "2022.yaml");
            var inputs = new List<(string, string)> { ("2022", sample) };
            foreach (var (projects, indicators) in new[] { (5, 10), (30, 40), (60, 80) })
                inputs.Add(($"{projects}-projects-{indicators}-indicators", LargeReport.Generate(sample, projects, indicators)));
            var keep = Environment.GetEnvironmentVariable("PERFREPORT_RENDER_DIR");
            return [.. inputs.AsParallel().AsOrdered().Select(i =>
            {
                var result = Compilation.Build(SourceText.From(i.Item1 + ".yaml", i.Item2), CompilationOptions.Default);
                Assert.False(result.HasErrors, Yaml.Show(result.Diagnostics));
                return new Report(i.Item1, i.Item2, result.Docx!, LibreOffice.Convert(result.Docx!, keep is null ? null : Path.Combine(keep, i.Item1)));
            })];
        }
    }

    private static readonly Regex PageNumber = new(@"^—\s*\d+\s*—$");
    private static readonly Regex Signature = new(@"^(填表人|填报日期|联系电话|单位负责人签字)");

    /// <summary>A page's non-empty lines, without its page number.</summary>
    private static List<string> Lines(string page) =>
        [.. page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !PageNumber.IsMatch(l))];

    private static string Joined(string page) => Regex.Replace(page, @"\s+", "");

    /// <summary>The 一级 names and 三级 names of the file's 自评表.</summary>
    private static (List<string> Groups, List<string> Indicators) Names(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var groups = (YamlSequenceNode)((YamlMappingNode)root["self_evaluation"])["indicators"];
        var groupNames = new List<string>();
        var indicators = new List<string>();
        foreach (YamlMappingNode g in groups)
        {
            groupNames.Add(((YamlScalarNode)g["name"]).Value!);
            foreach (YamlMappingNode c in (YamlSequenceNode)g["categories"])
                foreach (YamlMappingNode i in (YamlSequenceNode)c["indicators"])
                    indicators.Add(Regex.Replace(((YamlScalarNode)i["name"]).Value!, @"\s+", ""));
        }

        return (groupNames, indicators);
    }

    /// <summary>The pages of 附表2: from its first row (预算部门) to the end.</summary>
    private static IEnumerable<(int Number, string Text)> SelfEvaluationPages(Report r)
    {
        var pages = r.Pdf.PageTexts;
        int first = Enumerable.Range(0, pages.Count).First(p => Joined(pages[p]).Contains("预算部门", StringComparison.Ordinal));
        return Enumerable.Range(first, pages.Count - first).Select(p => (p + 1, pages[p]));
    }

    [LibreOfficeFact]
    public void No_page_holds_only_the_signature_or_a_lone_total_row()
    {
        foreach (var r in fixture.Reports)
        {
            var (_, indicators) = Names(r.Yaml);
            for (int p = 0; p < r.Pdf.PageTexts.Count; p++)
            {
                var lines = Lines(r.Pdf.PageTexts[p]);
                Assert.False(lines.Count > 0 && lines.All(l => Signature.IsMatch(l)), $"{r.Name}: page {p + 1} holds only the signature");
            }

            foreach (var (number, text) in SelfEvaluationPages(r).Where(p => Lines(p.Text).Contains("总分")))
            {
                var joined = Joined(text);
                Assert.True(indicators.Count(i => joined.Contains(i, StringComparison.Ordinal)) >= 2, $"{r.Name}: page {number} has the 总分 row without two indicator rows above it");
            }
        }
    }

    [LibreOfficeFact]
    public void Every_page_with_indicator_rows_names_a_first_level_label()
    {
        foreach (var r in fixture.Reports)
        {
            var (groups, indicators) = Names(r.Yaml);
            int pagesWithRows = 0;
            foreach (var (number, text) in SelfEvaluationPages(r))
            {
                var joined = Joined(text);
                if (!indicators.Any(i => joined.Contains(i, StringComparison.Ordinal))) continue;
                pagesWithRows++;
                Assert.True(groups.Any(g => joined.Contains(g, StringComparison.Ordinal)), $"{r.Name}: page {number} holds 附表2 rows but names no 一级指标");
                Assert.Contains("三级指标", joined, StringComparison.Ordinal);
            }

            Assert.True(pagesWithRows >= 1, r.Name);
        }

        // The longest report does run over pages, so the check above checked continuation pages.
        Assert.True(SelfEvaluationPages(fixture.Reports[^1]).Count() >= 3);
    }

    [LibreOfficeFact]
    public void No_figure_in_a_table_is_split_across_lines()
    {
        var figure = new Regex(@"[≥≤]?\d+(\.\d+)?%?(万元|元|㎡|人|个|次|场|家|分)?");
        foreach (var r in fixture.Reports)
        {
            var lines = r.Pdf.Text.Split('\n', '\f').Select(l => Regex.Replace(l, @"\s+", "")).ToHashSet();
            using var doc = WordprocessingDocument.Open(new MemoryStream(r.Docx), false);
            var cells = doc.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().Select(c => c.InnerText).Where(t => t.Length > 0);
            foreach (var cell in cells)
            {
                foreach (Match m in figure.Matches(cell))
                {
                    var f = m.Value;
                    Assert.True(lines.Any(l => l.Contains(f, StringComparison.Ordinal)), $"{r.Name}: \"{f}\" (cell \"{cell}\") is broken across lines");
                }
            }
        }
    }

    [LibreOfficeFact]
    public void Basic_data_table_repeats_its_column_header_on_a_continuation_page()
    {
        var r = fixture.Reports[^1];
        var pages = r.Pdf.PageTexts.Select(Joined).ToList();
        int first = pages.FindIndex(p => p.Contains("财政供养人员情况", StringComparison.Ordinal));
        int last = pages.FindIndex(p => p.Contains("厉行节约保障措施", StringComparison.Ordinal));
        Assert.True(last > first, $"{r.Name}: 60 projects fit 附表1 on one page?");
        for (int p = first; p <= last; p++) Assert.Contains("经费控制情况", pages[p], StringComparison.Ordinal);
    }
}
