using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfReport.Rendering.Docx;

/// <summary>Finds styles by name and copies missing ones from the default reference, renaming ids that collide.</summary>
internal static class StyleMerger
{
    /// <summary>w:name → w:styleId, case-insensitive; the first style with a name wins.</summary>
    public static Dictionary<string, string> IdsByName(Styles styles)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleName?.Val?.Value is { } name && style.StyleId?.Value is { } id)
            {
                ids.TryAdd(name.Trim(), id);
            }
        }

        return ids;
    }

    /// <summary>
    /// Copies the style named <paramref name="name"/> from <paramref name="source"/> into <paramref name="target"/>,
    /// first copying any missing style it is based on. basedOn/next/link are re-pointed by name; a fresh id is
    /// chosen when the source id is taken. Returns the style's id in the target, or null when the source lacks it.
    /// </summary>
    public static string? Copy(Styles target, Styles source, string name) => Copy(target, source, name, depth: 0);

    private static string? Copy(Styles target, Styles source, string name, int depth)
    {
        var targetIds = IdsByName(target);
        if (targetIds.TryGetValue(name, out string? existing))
        {
            return existing;
        }

        var original = source.Elements<Style>().FirstOrDefault(s =>
            string.Equals(s.StyleName?.Val?.Value?.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (original is null || depth > 16)
        {
            return null;
        }

        var sourceNames = source.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && s.StyleName?.Val?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().StyleName!.Val!.Value!, StringComparer.Ordinal);
        var copy = (Style)original.CloneNode(true);

        if (copy.BasedOn?.Val?.Value is { } basedOn)
        {
            string? id = sourceNames.TryGetValue(basedOn, out string? baseName) ? Copy(target, source, baseName, depth + 1) : null;
            Repoint(copy.BasedOn, id);
        }

        targetIds = IdsByName(target);
        if (copy.NextParagraphStyle is { } next)
        {
            Repoint(next, Lookup(next.Val?.Value, sourceNames, targetIds, name, original.StyleId?.Value));
        }

        if (copy.LinkedStyle is { } link)
        {
            Repoint(link, Lookup(link.Val?.Value, sourceNames, targetIds, name, original.StyleId?.Value));
        }

        copy.StyleId = FreshId(target, original.StyleId?.Value ?? "PerfReportStyle");
        if (copy.NextParagraphStyle?.Val?.Value == original.StyleId?.Value)
        {
            copy.NextParagraphStyle!.Val = copy.StyleId.Value;
        }

        copy.Default = null;
        target.Append(copy);
        return copy.StyleId.Value;
    }

    private static string? Lookup(
        string? sourceId, Dictionary<string, string> sourceNames, Dictionary<string, string> targetIds, string self, string? selfId)
    {
        if (sourceId is null)
        {
            return null;
        }

        if (sourceId == selfId)
        {
            return sourceId;
        }

        return sourceNames.TryGetValue(sourceId, out string? n) && !n.Equals(self, StringComparison.OrdinalIgnoreCase)
            ? targetIds.GetValueOrDefault(n)
            : null;
    }

    private static void Repoint(String253Type element, string? id)
    {
        if (id is null)
        {
            element.Remove();
        }
        else
        {
            element.Val = id;
        }
    }

    private static string FreshId(Styles target, string wanted)
    {
        var taken = target.Elements<Style>()
            .Select(s => s.StyleId?.Value)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        string id = wanted;
        for (int n = 1; taken.Contains(id); n++)
        {
            id = wanted + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }
}
