using PerfReport.Rendering.Docx;

namespace PerfReport.Tests.Rendering.Docx;

public sealed class TablePagesTests
{
    private static TableRowSpec Row(TableCellSpec group, string name, bool keep = false) =>
        new([group, new TableCellSpec(name), new TableCellSpec("100%")], keep);

    /// <summary>A header, then 一级 A over 30 rows and B over 10, then a total row.</summary>
    private static TableSpec Table()
    {
        var rows = new List<TableRowSpec> { TableRowSpec.Of(TextAlignment.Center, "一级指标", "三级指标", "值") };
        for (int i = 0; i < 30; i++) rows.Add(Row(i == 0 ? new TableCellSpec("A", Merge: VerticalMerge.Restart) : TableCellSpec.Continue(), $"a{i}"));
        for (int i = 0; i < 10; i++) rows.Add(Row(i == 0 ? new TableCellSpec("B", Merge: VerticalMerge.Restart) : TableCellSpec.Continue(), $"b{i}", keep: i >= 8));
        rows.Add(TableRowSpec.Of(TextAlignment.Center, "总分", "", "100"));
        return new TableSpec(ColumnWidths.Twips(1000, 3000, 1000), rows, FontSize: TableFontSize.Xiaowu) { Pages = new PageBreaks(0, 1, "（续）") };
    }

    [Fact]
    public void Each_page_starts_with_the_header_and_a_cut_label_printed_again_with_continued()
    {
        // 246 twips a row (an 11.5 pt line and the rule): 19 rows to a 5200-twip page filled to 94 %.
        var pages = TablePages.Split(Table(), [1000, 3000, 1000], firstPage: 5200, page: 5200, notes: 0);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.Equal("一级指标", p.Rows[0].Cells[0].Text));
        Assert.All(pages.Skip(1), p =>
        {
            var first = p.Rows[1].Cells[0];
            Assert.Equal(VerticalMerge.Restart, first.Merge);
            Assert.EndsWith("（续）", first.Text, StringComparison.Ordinal);
        });
        Assert.Equal(Table().Rows.Count + pages.Count - 1, pages.Sum(p => p.Rows.Count));
        Assert.All(pages, p => Assert.True(p.Rows.Count * 246 <= 5200, $"{p.Rows.Count} rows"));
    }

    [Fact]
    public void The_total_row_keeps_its_two_rows_and_the_notes_on_its_page()
    {
        // Notes as tall as the page but for a few rows: the last page holds the header, b8, b9, 总分 and the notes.
        var pages = TablePages.Split(Table(), [1000, 3000, 1000], firstPage: 5200, page: 5200, notes: 5200 - (6 * 246));
        var last = pages[^1];
        Assert.Equal(["一级指标", "B（续）", "", "总分"], last.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal("b8", last.Rows[1].Cells[1].Text);
    }
}
