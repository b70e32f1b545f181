using System.Text.RegularExpressions;

namespace PerfReport.Rendering;

/// <summary>Whether a missing piece is a whole part of the report (PR1013) or one figure or name in a sentence (PR1014).</summary>
internal enum NeedKind
{
    Figure,
    Section,
}

/// <summary>A piece of the input the view model could not fill: its YAML path, what it is, and how to supply it.</summary>
internal sealed record Need(string Path, string What, string Hint, NeedKind Kind);

/// <summary>
/// The one place that knows which input each printed figure comes from. The view model puts a marker where a figure is
/// missing instead of an empty string; whatever a template prints is then known by what reaches its text: a marker in
/// the rendered text is a piece the report needs. Nothing is listed per template, so custom templates are checked by
/// what they print, and no empty figure ("金额为万元") can reach a document unnoticed.
/// </summary>
internal sealed partial class ReportNeeds
{
    private readonly List<Need> _needs = [];

    /// <summary>A marker standing for a missing piece (private-use characters around its number).</summary>
    public string Mark(string path, string what, string hint = "", NeedKind kind = NeedKind.Figure)
    {
        _needs.Add(new Need(path, what, hint, kind));
        return $"\uE000{_needs.Count - 1}\uE001";
    }

    /// <summary>The text without markers, and the pieces whose markers it held, in order.</summary>
    public (string Text, IReadOnlyList<Need> Found) Take(string text)
    {
        var found = new List<Need>();
        var stripped = Marker().Replace(text, m =>
        {
            if (int.TryParse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < _needs.Count) found.Add(_needs[i]);
            return "";
        });
        return (stripped, found);
    }

    [GeneratedRegex("\uE000([0-9]{1,9})\uE001")]
    private static partial Regex Marker();
}
