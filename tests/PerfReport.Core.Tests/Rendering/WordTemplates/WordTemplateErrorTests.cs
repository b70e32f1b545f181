using PerfReport.Diagnostics;
using static PerfReport.Tests.Rendering.WordTemplates.WordDocs;

namespace PerfReport.Tests.Rendering.WordTemplates;

/// <summary>Every kind of Word template error: its code, the template file, the place in the document and the tag, in Chinese.</summary>
public sealed class WordTemplateErrorTests
{
    private static void AssertOne(byte[] template, string id, string message)
    {
        var errors = Errors(template);
        Assert.True(errors.Count == 1, string.Join("\n", errors.Select(e => $"{e.Id} {e.Message}")));
        var e = errors[0];
        Assert.Equal((id, "模板.docx", 1, 1), (e.Id, e.FilePath, e.Span.Line, e.Span.Column));
        Assert.True(message == e.Message, $"expected: {message}\nactual:   {e.Message}");
    }

    [Fact]
    public void An_unknown_variable_names_the_paragraph_and_the_tag()
    {
        AssertOne(
            Create([Para("前言"), Para(R("合计"), R("{{ income.to"), R("tl }}"))]),
            "PR9301",
            "Word 模板中的标签有误：第2段的 {{ income.totl }}：没有成员 totl；可用的变量见 perfreport templates vars");
    }

    [Fact]
    public void An_unknown_name_in_a_repeated_row_names_the_table_row_and_column()
    {
        AssertOne(
            Create([
                Para("前言"),
                Table(2, Row(Cell("甲"), Cell("乙"))),
                Table(2, Row(Cell("项目"), Cell("金额")), Row(Cell("{{ for p in expenditure.projects }}{{ p.name }}"), Cell("{{ p.amount }}{{ end }}"))),
            ]),
            "PR9301",
            "Word 模板中的标签有误：表2 第2行 第2列的 {{ p.amount }}：没有成员 amount；可用的变量见 perfreport templates vars");
    }

    [Fact]
    public void An_unknown_top_level_variable_in_a_header()
    {
        AssertOne(
            Create([Para("正文")], header: [Para("{{ departmnt }}")]),
            "PR9301",
            "Word 模板中的标签有误：页眉1 第1段的 {{ departmnt }}：没有变量或函数 departmnt；可用的变量见 perfreport templates vars");
    }

    [Fact]
    public void A_syntax_error_is_translated()
    {
        AssertOne(
            Create([Para("{{ income.total + }}")]),
            "PR9301",
            "Word 模板中的标签有误：第1段的 {{ income.total + }}：语法错误：此处应为表达式，而不是 }}");
    }

    [Fact]
    public void A_bad_escape_in_a_string_is_translated()
    {
        AssertOne(
            Create([Para("{{ 'a1' | regex.replace '\\d' '-' }}")]),
            "PR9301",
            "Word 模板中的标签有误：第1段的 {{ 'a1' | regex.replace '\\d' '-' }}：语法错误：引号中的 \\d 不是有效的转义；反斜杠本身要写成 \\\\（正则表达式中的 \\d 写成 \\\\d 或 [0-9]）");
    }

    [Fact]
    public void A_loop_without_end()
    {
        AssertOne(
            Create([Para("前言"), Para("{{ for p in expenditure.projects }}"), Para("{{ p.name }}")]),
            "PR9302",
            "Word 模板的循环或条件结构有误：第2段的 {{ for p in expenditure.projects }} 没有对应的 {{ end }}；请在要重复或选择的内容之后写 {{ end }}");
    }

    [Fact]
    public void An_end_without_its_opening()
    {
        AssertOne(
            Create([Para("{{ department }}"), Table(1, Row(Cell("{{ end }}")))]),
            "PR9302",
            "Word 模板的循环或条件结构有误：表1 第1行 第1列的 {{ end }} 没有对应的开头（{{ for }}、{{ if }} 等）；请删去它，或补上开头");
    }

    [Fact]
    public void A_loop_that_spans_a_table_cell_boundary()
    {
        AssertOne(
            Create([Table(2, Row(Cell("{{ for p in expenditure.projects }}"), Cell("{{ p.name }}"))), Para("{{ end }}")]),
            "PR9302",
            "Word 模板的循环或条件结构有误：表1 第1行 第1列的 {{ for p in expenditure.projects }} 与第1段的 {{ end }} 不在同一段落、同一单元格或同一表格中：循环和条件不能跨越表格单元格的边界；请把它们写在同一表格行中（重复该行）、同一单元格中，或都写在表格之外");
    }

    [Fact]
    public void A_block_over_paragraphs_whose_tags_share_their_paragraphs()
    {
        AssertOne(
            Create([Para("{{ for p in expenditure.projects }}项目"), Para("{{ p.name }}"), Para("{{ end }}")]),
            "PR9302",
            "Word 模板的循环或条件结构有误：第1段的 {{ for p in expenditure.projects }}：跨段落的 {{ for p in expenditure.projects }} 与 {{ end }} 须各自单独占一段（段中不能有别的文字）；若要在一段之内重复或选择，把开头和 {{ end }} 写在同一段中");
    }

    [Fact]
    public void Merge_outside_a_table()
    {
        AssertOne(
            Create([Para("{{ merge department }}")]),
            "PR9302",
            "Word 模板的循环或条件结构有误：第1段的 {{ merge department }}：merge 只能用在表格单元格中（把上下相邻、内容相同的单元格合并）");
    }

    [Fact]
    public void A_tag_without_its_closing_braces()
    {
        AssertOne(
            Create([Para("单位：{{ department")]),
            "PR9302",
            "Word 模板的循环或条件结构有误：第1段的 “{{ department” 缺少结尾的 }}");
    }

    [Fact]
    public void A_file_that_is_not_a_docx()
    {
        AssertOne("这不是压缩包"u8.ToArray(), "PR9303", "Word 模板无法读取：不是有效的 Word 文档（.docx）；请在 Word 中“另存为 Word 文档（*.docx）”后再试");
    }

    [Fact]
    public void Every_problem_of_a_template_is_reported_in_one_build()
    {
        var errors = Errors(Create([Para("{{ end }}"), Para("{{ merge year }}"), Para("{{ if")]));
        Assert.Equal(["PR9302", "PR9302", "PR9302"], errors.Select(e => e.Id));
        Assert.All(errors, e => Assert.Equal(Severity.Error, e.Severity));
    }
}
