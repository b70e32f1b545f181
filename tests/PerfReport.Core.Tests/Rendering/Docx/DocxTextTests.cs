using PerfReport.Rendering.Docx;
using PerfReport.Tests.TestKit;

namespace PerfReport.Tests.Rendering.Docx;

public sealed class DocxTextTests
{
    [Fact]
    public void Flattens_paragraphs_breaks_merged_tables_and_footers()
    {
        var table = new TableSpec(
            ColumnWidths.Relative(1, 1, 1),
            [
                new([new("A", Merge: VerticalMerge.Restart, Bold: true), new("B", ColumnSpan: 2, Bold: true)]),
                new([TableCellSpec.Continue(), new("b1"), new("b2")]),
                new([new("x"), new("y|z\nw", Alignment: TextAlignment.Left), new("")]),
            ],
            HeaderRowCount: 2,
            Title: "表");
        var spec = new DocumentSpec([
            new ParagraphBlock(StyleNames.Heading1, "一、概况"),
            new ParagraphBlock(StyleNames.BodyText, [new TextRun("加粗", Bold: true), new TextRun("普通\t完")]),
            PageBreakBlock.Instance,
            new ParagraphBlock(StyleNames.AttachmentLabel, "附表1", Alignment: TextAlignment.Center),
            new TableBlock(table),
            new SectionBreakBlock(PageOrientation.Landscape),
            new ParagraphBlock(StyleNames.BodyText, "横"),
        ]);

        string text = DocxText.Flatten(SampleDocuments.Write(spec));

        Assert.Equal(
            """
            [Heading 1] 一、概况
            [Body Text] **加粗**普通⇥完
            --- page break ---
            [Attachment Label|center] 附表1
            [Table Title] 表
            | **A** | **B** | < |
            | ^ | b1 | b2 |
            |---|---|---|
            | x | y\|z↵w | |
            [Table Text Small]
            === section break (portrait) ===
            [Body Text] 横
            [footer default] — {PAGE} —
            [footer even] — {PAGE} —

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void Shows_style_names_not_localized_ids()
    {
        var spec = new DocumentSpec([new ParagraphBlock(StyleNames.Heading2, "（一）职责")]);
        string text = DocxText.Flatten(SampleDocuments.Write(spec));
        Assert.StartsWith("[Heading 2] （一）职责\n", text, StringComparison.Ordinal);
    }
}
