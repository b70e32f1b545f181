using System.Security.Cryptography;
using DocumentFormat.OpenXml.Wordprocessing;
using static PerfReport.Tests.Rendering.WordTemplates.WordDocs;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Tests.Rendering.WordTemplates;

/// <summary>Word templates as users type them, built from samples/2022.yaml: text, runs, table structure and validity.</summary>
public sealed class WordTemplateTests
{
    [Fact]
    public void A_tag_split_by_spell_check_and_typing_sessions_is_read_as_one()
    {
        var docx = Built(Create([
            Para(R("收入合计"), R("{{ inc", rsid: "00B1C2D3"), Proof(start: true), R("ome.to", rsid: "00C2D3E4"), Proof(start: false), R("tal }}万元", rsid: "00D3E4F5")),
        ]));
        Assert.Equal(["收入合计107.49万元"], BodyText(docx));
        using var doc = Open(docx);
        Assert.Empty(doc.MainDocumentPart!.Document!.Descendants<ProofError>());
        Assert.Equal(["收入合计", "107.49", "万元"], doc.MainDocumentPart.Document.Descendants<Run>().Select(r => r.InnerText));
        AssertValid(docx);
    }

    [Fact]
    public void A_tag_with_formatting_changed_inside_takes_the_formatting_of_its_first_character()
    {
        var docx = Built(Create([Para(R("单位："), R("{{ dep", bold: true), R("artment", italic: true), R(" }}"), R("。"))]));
        Assert.Equal(["单位：益阳市资阳区工商业联合会。"], BodyText(docx));
        using var doc = Open(docx);
        var name = doc.MainDocumentPart!.Document!.Descendants<Run>().Single(r => r.InnerText == "益阳市资阳区工商业联合会");
        Assert.NotNull(name.RunProperties?.Bold);
        Assert.Null(name.RunProperties?.Italic);
        AssertValid(docx);
    }

    [Fact]
    public void A_tag_across_a_bookmark_a_tracked_insertion_and_a_tracked_deletion_is_read_without_the_deleted_text()
    {
        var docx = Built(Create([
            Para(
                R("{{ ye"),
                new BookmarkStart { Id = "0", Name = "年度" },
                new InsertedRun(new Run(new W.Text("ar"))) { Id = "1", Author = "张三", Date = new DateTime(2023, 3, 1, 0, 0, 0, DateTimeKind.Utc) },
                new BookmarkEnd { Id = "0" },
                new DeletedRun(new Run(new DeletedText("xx"))) { Id = "2", Author = "张三", Date = new DateTime(2023, 3, 1, 0, 0, 0, DateTimeKind.Utc) },
                R(" }}年度")),
        ]));
        Assert.Equal(["2022年度"], BodyText(docx));
        using var doc = Open(docx);
        Assert.Single(doc.MainDocumentPart!.Document!.Descendants<BookmarkStart>());
        AssertValid(docx);
    }

    [Fact]
    public void A_loop_in_one_table_row_repeats_the_row()
    {
        var docx = Built(Create([
            Table(
                2,
                Row(Cell("项目名称"), Cell("决算数")),
                Row(Cell(Para(R("{{ for p in expenditure.projects }}"), R("{{ p.name }}"))), Cell(Para(R("{{ p.actual }}"), R("{{ end }}")))),
                Row(Cell("合计"), Cell("{{ expenditure.project_total }}"))),
        ]));
        Assert.Equal(
            ["项目名称 ‖ 决算数", "三小生活困难补助 ‖ 0.90", "民营经济小组办公费 ‖ 4.50", "调研、培训、维权、光彩事业 ‖ 2.89", "合计 ‖ 8.29"],
            TableRows(docx));
        AssertValid(docx);
    }

    [Fact]
    public void Nested_row_loops_with_merge_merge_equal_cells_vertically()
    {
        var docx = Built(Create([
            Table(
                3,
                Row(Cell("收入"), Cell("科目"), Cell("金额")),
                Row(
                    Cell(Para(R("{{ for s in income.sources }}{{ for b in s.breakdown }}"), R("{{ merge s.name }}"))),
                    Cell(Para(R("{{ b.name }}"))),
                    Cell(Para(R("{{ b.amount }}{{ end }}{{ end }}"))))),
        ]));
        Assert.Equal(
            [
                "收入 ‖ 科目 ‖ 金额",
                "一般公共预算财政拨款收入|restart ‖ 一般公共服务支出 ‖ 83.16",
                "|continue ‖ 社会保障和就业支出 ‖ 4.84",
                "|continue ‖ 卫生健康支出 ‖ 5.37",
                "|continue ‖ 城乡社区支出 ‖ 5.49",
                "|continue ‖ 住房保障支出 ‖ 3.63",
            ],
            TableRows(docx));
        AssertValid(docx);
    }

    [Fact]
    public void A_loop_over_paragraphs_repeats_them_and_the_tag_paragraphs_go()
    {
        var docx = Built(Create([
            Para("前言"),
            Para("{{ for p in expenditure.projects }}"),
            Para(R("项目："), R("{{ p.name }}", bold: true)),
            Para("{{ end }}"),
            Para("结语"),
        ]));
        Assert.Equal(["前言", "项目：三小生活困难补助", "项目：民营经济小组办公费", "项目：调研、培训、维权、光彩事业", "结语"], BodyText(docx));
        AssertValid(docx);
    }

    [Fact]
    public void If_keeps_or_removes_paragraphs_and_rows()
    {
        var docx = Built(Create([
            Para("{{ if government_fund.none }}"),
            Para("本年度无政府性基金预算支出。"),
            Para("{{ else }}"),
            Para("政府性基金预算支出{{ government_fund.amount }}万元。"),
            Para("{{ end }}"),
            Table(
                1,
                Row(Cell("表头")),
                Row(Cell("{{ if state_capital.none }}无国有资本经营预算支出{{ end }}")),
                Row(Cell(Para(R("{{ if !state_capital.none }}"), R("有国有资本经营预算支出"), R("{{ end }}"))))),
        ]));
        Assert.Equal(["本年度无政府性基金预算支出。"], BodyText(docx));
        Assert.Equal(["表头", "无国有资本经营预算支出", ""], TableRows(docx));

        var rows = Built(Create([
            Table(
                1,
                Row(Cell("表头")),
                Row(Cell(Para(R("{{ if state_capital.none }}"))), Cell(Para(R("保留{{ end }}")))),
                Row(Cell(Para(R("{{ if !state_capital.none }}"), R("删去"))), Cell(Para(R("{{ end }}"))))),
        ]));
        Assert.Equal(["表头", " ‖ 保留"], TableRows(rows));
        AssertValid(rows);
        AssertValid(docx);
    }

    [Fact]
    public void A_block_inside_one_paragraph_repeats_runs_with_their_formatting()
    {
        var docx = Built(Create([
            Para(R("项目有："), R("{{ for p in expenditure.projects }}"), R("{{ p.name }}", bold: true), R("{{ if !for.last }}、{{ end }}"), R("{{ end }}。")),
        ]));
        Assert.Equal(["项目有：三小生活困难补助、民营经济小组办公费、调研、培训、维权、光彩事业。"], BodyText(docx));
        using var doc = Open(docx);
        Assert.Equal(3, doc.MainDocumentPart!.Document!.Descendants<Run>().Count(r => r.RunProperties?.Bold is not null));
        AssertValid(docx);
    }

    [Fact]
    public void Tags_in_headers_footers_and_text_boxes_are_filled_and_fields_are_kept()
    {
        var textBox = new Paragraph(
            """<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict><v:shape id="tb1" style="width:200pt;height:40pt" type="#_x0000_t202"><v:textbox><w:txbxContent><w:p><w:r><w:t>{{ de</w:t></w:r><w:r><w:t>partment }}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>""");
        var docx = Built(Create(
            [Para("正文"), textBox],
            header: [Para(R("{{ year }}年度 "), R("{{ department }}"))],
            footer: [Para(R("第 "), new SimpleField(R("1")) { Instruction = " PAGE " }, R(" 页 {{ finance_bureau }}"))]));
        using var doc = Open(docx);
        var main = doc.MainDocumentPart!;
        Assert.Equal("2022年度 益阳市资阳区工商业联合会", main.HeaderParts.Single().Header!.InnerText);
        var footer = main.FooterParts.Single().Footer!;
        Assert.Equal("第 1 页 益阳市资阳区财政局", footer.InnerText);
        Assert.Equal(" PAGE ", footer.Descendants<SimpleField>().Single().Instruction?.Value);
        Assert.Equal("益阳市资阳区工商业联合会", main.Document!.Descendants<TextBoxContent>().Single().InnerText);
        AssertValid(docx);
    }

    [Fact]
    public void Values_are_escaped_and_line_breaks_become_breaks()
    {
        var docx = Built(Create([Para(R("{{ \"<甲&乙>\" }}")), Para(R("{{ \"一\\n二\" }}"))]));
        Assert.Equal(["<甲&乙>", "一二"], BodyText(docx));
        using var doc = Open(docx);
        Assert.Single(doc.MainDocumentPart!.Document!.Descendants<Break>());
        AssertValid(docx);
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        var template = Create([Para("{{ department }}"), Table(1, Row(Cell("{{ for p in expenditure.projects }}{{ p.name }}{{ end }}")))]);
        Assert.Equal(SHA256.HashData(Built(template)), SHA256.HashData(Built(template)));
    }
}
