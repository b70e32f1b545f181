namespace PerfReport.Rendering.Docx;

/// <summary>
/// Estimates how table text lays out: widths in ems (CJK and full-width characters one em, digits and Latin about half),
/// and lines broken as a typesetter would. A line may break only between two CJK characters, after punctuation or at a
/// space; a figure with its sign, decimals, percent and unit ("≥10000万元", "100.00%", "123456.78") and a short bracketed
/// unit ("（万元）", "（50分）") never break; closing punctuation stays with the character before it, opening with the one after.
/// </summary>
internal static class TextMeasure
{
    /// <summary>Characters that may follow a figure as its unit, kept on the figure's line.</summary>
    private const string Units = "万元亿千百人个次场家户件项所天日月年分秒时㎡平方米公里吨台套辆份篇期本名位岁";

    private const string Closing = "，。、；：？！）》」』】〕〉”’%％,.;:?!)]}…—";
    private const string Opening = "（《「『【〔〈“‘([{";

    /// <summary>Width of one character in ems.</summary>
    public static double Width(char c) => c switch
    {
        >= '0' and <= '9' => 0.5,
        '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'i' or 'l' or 'j' or 't' or 'f' or 'I' => 0.3,
        ' ' => 0.25,
        '%' => 0.85,
        'm' or 'w' or 'M' or 'W' => 0.9,
        >= 'A' and <= 'Z' => 0.72,
        >= 'a' and <= 'z' => 0.5,
        '(' or ')' or '[' or ']' or '-' or '/' or '+' => 0.35,
        '≥' or '≤' or '<' or '>' or '=' or '±' or '~' => 0.6,
        < '\u2E80' => 0.6,
        _ => 1.0,
    };

    /// <summary>Width of a string in ems.</summary>
    public static double Width(string s)
    {
        double w = 0;
        foreach (char c in s) w += Width(c);
        return w;
    }

    /// <summary>
    /// The pieces of <paramref name="text"/> between which a line may break (a '\n' is a piece of its own). With
    /// <paramref name="protect"/>, the breaks the report allows (a figure keeps its unit, a short bracket holds
    /// together); without, the breaks Word and LibreOffice take (Unicode line breaking: between any two CJK characters,
    /// never inside a run of digits or Latin letters, never before closing or after opening punctuation).
    /// </summary>
    public static IReadOnlyList<string> Segments(string text, bool protect = true)
    {
        // Column fitting and page layout measure the same cell texts many times over; the pieces are a pure function
        // of the text, so each thread keeps the last ones it cut.
        var cache = protect ? (t_protected ??= new(StringComparer.Ordinal)) : (t_unprotected ??= new(StringComparer.Ordinal));
        if (cache.TryGetValue(text, out var known)) return known;
        if (cache.Count >= CacheLimit) cache.Clear();
        var result = Cut(text, protect);
        cache[text] = result;
        return result;
    }

    /// <summary>Entries a thread keeps per kind before it starts over: more than the distinct cell texts of a long report.</summary>
    internal const int CacheLimit = 4096;

    [ThreadStatic]
    private static Dictionary<string, IReadOnlyList<string>>? t_protected;

    [ThreadStatic]
    private static Dictionary<string, IReadOnlyList<string>>? t_unprotected;

    private static System.Collections.ObjectModel.ReadOnlyCollection<string> Cut(string text, bool protect)
    {
        var pieces = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            char c = text[i];
            if (c == '\n')
            {
                pieces.Add("\n");
                i++;
                continue;
            }

            while (i < text.Length && Opening.Contains(text[i], StringComparison.Ordinal)) i++;
            if (i < text.Length && IsFigureStart(text, i))
            {
                i = FigureEnd(text, i, protect);
            }
            else if (i < text.Length && IsWide(text[i]))
            {
                i++;
            }
            else
            {
                while (i < text.Length && text[i] != '\n' && !IsWide(text[i]) && text[i] != ' ' && !Opening.Contains(text[i], StringComparison.Ordinal)) i++;
                if (i < text.Length && text[i] == ' ') i++;
                if (i == start) i++;
            }

            while (i < text.Length && Closing.Contains(text[i], StringComparison.Ordinal)) i++;
            pieces.Add(text[start..i]);
        }

        return (protect ? BracketedUnits(pieces) : pieces).AsReadOnly();
    }

    /// <summary>"（万元）", "（50分）", "（㎡）": a bracket of at most four characters is one piece.</summary>
    private static List<string> BracketedUnits(List<string> pieces)
    {
        var result = new List<string>();
        for (int i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Length > 0 && Opening.Contains(pieces[i][0], StringComparison.Ordinal) && !pieces[i].EndsWith('）') && !pieces[i].EndsWith(')'))
            {
                int j = i;
                int length = 0;
                while (j < pieces.Count && pieces[j] != "\n" && length <= 6)
                {
                    length += pieces[j].Length;
                    if (pieces[j].EndsWith('）') || pieces[j].EndsWith(')')) break;
                    j++;
                }

                if (j < pieces.Count && length <= 6 && (pieces[j].EndsWith('）') || pieces[j].EndsWith(')')))
                {
                    result.Add(string.Concat(pieces.Skip(i).Take(j - i + 1)));
                    i = j;
                    continue;
                }
            }

            result.Add(pieces[i]);
        }

        return result;
    }

    private static bool IsWide(char c) => Width(c) >= 1.0;

    private static bool IsFigureStart(string s, int i) =>
        char.IsAsciiDigit(s[i]) || (s[i] is '≥' or '≤' or '>' or '<' or '-' or '+' or '±' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]));

    private static int FigureEnd(string s, int i, bool withUnit)
    {
        i++;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '.' or ',' or '%' or '％' or '-' or '~' or '/')) i++;
        if (!withUnit)
        {
            while (i < s.Length && s[i] != '\n' && s[i] != ' ' && !IsWide(s[i]) && !Opening.Contains(s[i], StringComparison.Ordinal)) i++;
            return i;
        }

        int units = 0;
        while (i < s.Length && units < 2 && Units.Contains(s[i], StringComparison.Ordinal))
        {
            i++;
            units++;
        }

        return i;
    }

    /// <summary>The widest piece that cannot break, in ems.</summary>
    public static double LongestPiece(string text) => Segments(text, protect: true).Where(p => p != "\n").Select(Width).DefaultIfEmpty(0).Max();

    /// <summary>The lines of <paramref name="text"/> in a cell <paramref name="widthEm"/> ems wide (greedy, as Word and LibreOffice fill lines).</summary>
    public static IReadOnlyList<string> Lines(string text, double widthEm, bool protect = false)
    {
        var ranges = new List<(int Start, int End)>();
        LineRanges(text, widthEm, protect, ranges);
        var lines = new string[ranges.Count];
        for (int i = 0; i < lines.Length; i++) lines[i] = text[ranges[i].Start..ranges[i].End];
        return lines;
    }

    /// <summary>How many lines <see cref="Lines"/> gives, without making them.</summary>
    public static int LineCount(string text, double widthEm, bool protect = false)
    {
        var ranges = Scratch();
        LineRanges(text, widthEm, protect, ranges);
        return ranges.Count;
    }

    /// <summary>
    /// Where each line of <see cref="Lines"/> lies in <paramref name="text"/>: the pieces are consecutive parts of the
    /// text, so a line is the range of the pieces it holds, less its trailing spaces (kept before a hard line break).
    /// </summary>
    private static void LineRanges(string text, double widthEm, bool protect, List<(int Start, int End)> ranges)
    {
        ranges.Clear();
        int start = 0;
        int at = 0;
        double used = 0;
        foreach (var piece in Segments(text, protect))
        {
            if (piece == "\n")
            {
                ranges.Add((start, at));
                at++;
                start = at;
                used = 0;
                continue;
            }

            double w = Width(piece.AsSpan().TrimEnd(' '));
            if (used > 0 && used + w > widthEm + 1e-9)
            {
                ranges.Add((start, TrimmedEnd(text, start, at)));
                start = at;
                used = 0;
            }

            at += piece.Length;
            used += Width(piece);
        }

        if (at > start || ranges.Count == 0) ranges.Add((start, TrimmedEnd(text, start, at)));
    }

    private static int TrimmedEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ') end--;
        return end;
    }

    /// <summary>Width of a span of characters in ems.</summary>
    private static double Width(ReadOnlySpan<char> s)
    {
        double w = 0;
        foreach (char c in s) w += Width(c);
        return w;
    }

    // Line ranges for the measures that only look at them (LineCount, WrapsBadly); none of them calls another.
    [ThreadStatic]
    private static List<(int Start, int End)>? t_ranges;

    [ThreadStatic]
    private static List<int>? t_breaks;

    [ThreadStatic]
    private static List<int>? t_starts;

    private static List<(int Start, int End)> Scratch() => t_ranges ??= [];

    /// <summary>
    /// True when Word and LibreOffice, filling lines <paramref name="widthEm"/> wide, would break inside a piece the
    /// report keeps whole (a figure with its unit, a bracketed unit) or leave one character alone on the last line.
    /// </summary>
    public static bool WrapsBadly(string text, double widthEm)
    {
        var lines = Scratch();
        LineRanges(text, widthEm, protect: false, lines);
        if (HasLoneLine(text, lines)) return true;

        // Where the renderer's lines start, the report must allow a break.
        var breaks = t_breaks ??= [];
        breaks.Clear();
        int at = 0;
        foreach (var piece in Segments(text, protect: true))
        {
            at += piece.Length;
            breaks.Add(at);
        }

        // Each line after the first starts where the one before ends, past spaces and line breaks; a line not found
        // there (one that starts with spaces after a line break) is not judged.
        var starts = t_starts ??= [];
        starts.Clear();
        int offset = 0;
        for (int i = 0; i < lines.Count - 1; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
            int index = text.AsSpan(offset).IndexOf(line, StringComparison.Ordinal);
            if (index < 0) return false;
            offset += index + line.Length;
            while (offset < text.Length && text[offset] is ' ' or '\n') offset++;
            starts.Add(offset);
        }

        foreach (int s in starts)
        {
            if (breaks.BinarySearch(s) < 0 && !(s > 0 && text[s - 1] == '\n')) return true;
        }

        return false;
    }

    /// <summary>
    /// A short label that Word and LibreOffice would wrap badly (<see cref="WrapsBadly"/>), broken by hand into lines of
    /// even length instead ("服务对象满意度指标" in four ems: "服务对/象满意/度指标"), only at the breaks the report allows;
    /// null when no such lines fit.
    /// </summary>
    public static string? Balance(string text, double widthEm)
    {
        if (text.Contains('\n', StringComparison.Ordinal)) return null;
        double total = Width(text);
        int lines = Lines(text, widthEm, protect: true).Count;
        for (double target = Math.Ceiling(total / lines * 2) / 2; target <= widthEm + 1e-9; target += 0.5)
        {
            var candidate = Lines(text, target, protect: true);
            if (candidate.Count <= lines && candidate.All(l => Width(l) <= widthEm + 1e-9) && !candidate.Any(IsLoneCharacter))
                return string.Join('\n', candidate);
        }

        return null;
    }

    private static bool IsLoneCharacter(string line) => IsLoneCharacter(line.AsSpan());

    private static bool IsLoneCharacter(ReadOnlySpan<char> line)
    {
        var l = line.TrimEnd(Closing);
        return l.Length == 1 && IsWide(l[0]);
    }

    /// <summary>True when the text wraps and leaves a single character (with its punctuation) alone on a line.</summary>
    public static bool LeavesOneCharacter(string text, double widthEm)
    {
        var lines = Scratch();
        LineRanges(text, widthEm, protect: false, lines);
        return HasLoneLine(text, lines);
    }

    private static bool HasLoneLine(string text, List<(int Start, int End)> lines)
    {
        if (lines.Count < 2) return false;
        foreach (var (start, end) in lines)
        {
            if (IsLoneCharacter(text.AsSpan(start, end - start))) return true;
        }

        return false;
    }
}
