using PerfReport.Rendering.Docx;

namespace PerfReport.Tests.Rendering.Docx;

public sealed class ColumnWidthsTests
{
    [Theory]
    [InlineData(8845, new[] { 1, 1, 1 })]
    [InlineData(8845, new[] { 3, 6, 3, 3, 3 })]
    [InlineData(8844, new[] { 2, 4, 4, 10, 3, 3, 2, 2, 4 })]
    [InlineData(12756, new[] { 7, 1 })]
    public void Relative_widths_add_up_to_the_text_width_exactly(int textWidth, int[] weights)
    {
        var widths = ColumnWidths.Relative(weights).Resolve(textWidth);
        Assert.Equal(textWidth, widths.Sum());
        Assert.Equal(weights.Length, widths.Count);
        Assert.All(widths.Zip(weights), p => Assert.InRange(p.First, (textWidth * p.Second / weights.Sum()) - 1, (textWidth * p.Second / weights.Sum()) + 1));
    }

    [Fact]
    public void Twips_are_kept_as_given()
    {
        Assert.Equal([1000, 2000], ColumnWidths.Twips(1000, 2000).Resolve(8845));
    }

    [Fact]
    public void Zero_or_no_columns_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ColumnWidths.Relative());
        Assert.Throws<ArgumentException>(() => ColumnWidths.Relative(1, 0));
    }
}
