using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Rendering.Docx;

/// <summary>Page geometry of a section: orientation changes and the width available to text and tables.</summary>
internal static class SectionLayout
{
    /// <summary>A4 portrait, used when the reference's w:sectPr has no page size.</summary>
    private const int A4Width = 11906;
    private const int A4Height = 16838;

    /// <summary>
    /// A copy of <paramref name="reference"/> with the requested orientation. Turning the page rotates the margins
    /// with it (portrait → landscape clockwise: the binding edge, left, becomes the top), so margins keep their edges.
    /// </summary>
    public static SectionProperties WithOrientation(SectionProperties reference, PageOrientation orientation)
    {
        var section = (SectionProperties)reference.CloneNode(true);
        var size = section.GetFirstChild<PageSize>() ?? section.AppendChild(new PageSize { Width = A4Width, Height = A4Height });
        uint width = size.Width?.Value ?? A4Width;
        uint height = size.Height?.Value ?? A4Height;
        bool landscape = width > height;
        if (landscape == (orientation == PageOrientation.Landscape))
        {
            return section;
        }

        size.Width = height;
        size.Height = width;
        size.Orient = orientation == PageOrientation.Landscape ? PageOrientationValues.Landscape : null;
        if (section.GetFirstChild<PageMargin>() is { } m)
        {
            int top = Math.Abs(m.Top?.Value ?? 0), bottom = Math.Abs(m.Bottom?.Value ?? 0);
            uint left = m.Left?.Value ?? 0, right = m.Right?.Value ?? 0;
            if (orientation == PageOrientation.Landscape)
            {
                (m.Top, m.Right, m.Bottom, m.Left) = ((int)left, (uint)top, (int)right, (uint)bottom);
            }
            else
            {
                (m.Left, m.Top, m.Right, m.Bottom) = ((uint)top, (int)right, (uint)bottom, (int)left);
            }
        }

        return section;
    }

    /// <summary>Page width minus the left and right margins and the gutter, in twips.</summary>
    public static int TextWidth(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        long width = size?.Width?.Value ?? A4Width;
        long used = (margin?.Left?.Value ?? 1800) + (margin?.Right?.Value ?? 1800) + (margin?.Gutter?.Value ?? 0);
        return (int)Math.Max(width - used, 720);
    }

    /// <summary>Page height minus the top and bottom margins, in twips.</summary>
    public static int TextHeight(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        long height = size?.Height?.Value ?? A4Height;
        long used = Math.Abs(margin?.Top?.Value ?? 1440) + Math.Abs(margin?.Bottom?.Value ?? 1440);
        return (int)Math.Max(height - used, 720);
    }
}
