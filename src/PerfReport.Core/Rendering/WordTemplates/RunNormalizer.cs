using System.Xml.Linq;
using static PerfReport.Rendering.WordTemplates.WordXml;

namespace PerfReport.Rendering.WordTemplates;

/// <summary>
/// Makes every <c>{{ … }}</c> tag of a paragraph one run of its own, the way Word users type them: Word splits a tag
/// over several runs when spell-check marks part of it (w:proofErr), when part of it was typed later (new rsid
/// attributes), inside a revision (w:ins), around a bookmark, or when part of it is formatted differently. The tag
/// takes the formatting of the run that holds its first character; deleted text (w:del) is not part of it.
/// </summary>
internal static class RunNormalizer
{
    /// <summary>One tag in one paragraph: its run (holding only the tag's text) and the tag as typed.</summary>
    internal sealed record Found(XElement Run, XElement Paragraph, string Text);

    /// <summary>The tags of every paragraph under <paramref name="root"/>, in document order; <paramref name="unclosed"/> gets each paragraph whose "{{" has no "}}".</summary>
    public static List<Found> Normalize(XElement root, List<(XElement Paragraph, string Text)> unclosed)
    {
        var found = new List<Found>();
        foreach (var paragraph in root.Descendants(P).ToList())
        {
            var texts = OwnTexts(paragraph);
            var full = string.Concat(texts.Select(t => t.Value));
            if (!full.Contains("{{", StringComparison.Ordinal)) continue;
            var tags = Scan(full, out var open);
            if (open >= 0) unclosed.Add((paragraph, full[open..]));
            if (tags.Count == 0) continue;
            Merge(texts, full, tags);
            foreach (var proof in paragraph.Descendants(ProofErr).Where(e => ParagraphOf(e) == paragraph).ToList()) proof.Remove();
            found.AddRange(Isolate(paragraph));
        }

        return found;
    }

    /// <summary>The tags' (start, length) in the paragraph's text; <paramref name="open"/> is where an unclosed "{{" starts, or -1.</summary>
    private static List<(int Start, int Length)> Scan(string text, out int open)
    {
        var tags = new List<(int, int)>();
        open = -1;
        var at = 0;
        while ((at = text.IndexOf("{{", at, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("}}", at + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                open = at;
                break;
            }

            tags.Add((at, end + 2 - at));
            at = end + 2;
        }

        return tags;
    }

    /// <summary>Moves each tag's characters into the w:t that holds its first character (texts change, elements do not).</summary>
    private static void Merge(List<XElement> texts, string full, List<(int Start, int Length)> tags)
    {
        var original = texts.Select(t => t.Value).ToArray();
        var values = (string[])original.Clone();
        var starts = new int[texts.Count];
        for (int i = 0, offset = 0; i < texts.Count; offset += original[i].Length, i++) starts[i] = offset;

        // Last tag first: a tag's first w:t is then still as typed, and cutting the front of a later w:t only removes
        // characters that come before anything already moved into it.
        foreach (var (start, length) in Enumerable.Reverse(tags))
        {
            var end = start + length;
            var first = 0;
            while (starts[first] + original[first].Length <= start) first++;
            if (end <= starts[first] + original[first].Length) continue;
            values[first] = string.Concat(original[first].AsSpan(0, start - starts[first]), full.AsSpan(start, length));
            for (var i = first + 1; i < texts.Count && starts[i] < end; i++)
            {
                var cut = Math.Min(original[i].Length, end - starts[i]);
                values[i] = values[i][cut..];
            }
        }

        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].Value == values[i]) continue;
            texts[i].Value = values[i];
            PreserveSpace(texts[i]);
        }
    }

    /// <summary>Splits the runs that hold tags so that each tag is a run of its own (same formatting); drops runs left empty.</summary>
    private static List<Found> Isolate(XElement paragraph)
    {
        // One change at a time, then look again: splitting a run replaces it, so the w:t found before are stale.
        while (OwnTexts(paragraph).FirstOrDefault(t => t.Value.Length == 0 || (t.Value.Contains("{{", StringComparison.Ordinal) && !IsAlone(t))) is { } t)
        {
            var run = t.Parent!;
            if (t.Value.Length == 0)
            {
                t.Remove();
                if (run.Elements().Any(e => e.Name != RPr)) continue;
                var parent = run.Parent;
                run.Remove();
                if (parent?.Name == Ins && !parent.HasElements) parent.Remove();
                continue;
            }

            var rPr = run.Element(RPr);
            XElement Run(IEnumerable<XElement> content) => new(run.Name, run.Attributes(), rPr is null ? null : new XElement(rPr), content);
            var replacement = new List<XElement>();
            var before = t.ElementsBeforeSelf().Where(e => e.Name != RPr).ToList();
            if (before.Count > 0) replacement.Add(Run(before));
            replacement.AddRange(Pieces(t.Value).Select(piece => Run([Text(piece.Text)])));
            var after = t.ElementsAfterSelf().ToList();
            if (after.Count > 0) replacement.Add(Run(after));
            run.ReplaceWith(replacement);
        }

        return OwnTexts(paragraph).Where(t => t.Value.StartsWith("{{", StringComparison.Ordinal) && IsAlone(t))
            .Select(t => new Found(t.Parent!, paragraph, t.Value)).ToList();
    }

    /// <summary>The w:t is its run's only content and holds exactly one tag.</summary>
    private static bool IsAlone(XElement t) =>
        t.Parent!.Elements().All(e => e == t || e.Name == RPr) && Pieces(t.Value) is [{ IsTag: true }];

    private static List<(string Text, bool IsTag)> Pieces(string text)
    {
        var pieces = new List<(string, bool)>();
        var at = 0;
        foreach (var (start, length) in Scan(text, out _))
        {
            if (start > at) pieces.Add((text[at..start], false));
            pieces.Add((text.Substring(start, length), true));
            at = start + length;
        }

        if (at < text.Length) pieces.Add((text[at..], false));
        return pieces;
    }

    public static XElement Text(string text)
    {
        var t = new XElement(T, text);
        PreserveSpace(t);
        return t;
    }

    private static void PreserveSpace(XElement t)
    {
        if (t.Value.Length > 0 && (char.IsWhiteSpace(t.Value[0]) || char.IsWhiteSpace(t.Value[^1])))
            t.SetAttributeValue(XNamespace.Xml + "space", "preserve");
    }
}
