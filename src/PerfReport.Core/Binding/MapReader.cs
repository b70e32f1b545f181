using PerfReport.Diagnostics;
using PerfReport.Model;
using PerfReport.Syntax;
using PerfReport.Text;

namespace PerfReport.Binding;

/// <summary>
/// Reads the fields of one mapping of a known <see cref="Shape"/>, reporting every problem and going on.
/// The binder asks for every key of the shape (a key it does not declare is a bug); <see cref="Done"/> then reports
/// unknown keys, with the closest known key suggested, and missing required ones.
/// </summary>
internal sealed class MapReader
{
    private readonly Shape _shape;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    private readonly SourceSpan? _anchor;

    /// <param name="node">The mapping (or null when absent).</param>
    /// <param name="shape">Its shape name.</param>
    /// <param name="bag">Where problems go.</param>
    /// <param name="anchor">Where missing keys are reported: the key that names this mapping, if any.</param>
    public MapReader(YamlNode? node, string shape, DiagnosticBag bag, SourceSpan? anchor = null)
    {
        _anchor = anchor;
        _shape = Shapes.All[shape];
        _bag = bag;
        switch (node)
        {
            case YamlMapping m:
                Node = m;
                foreach (var e in m.Entries) _entries[e.Key.Value] = e;
                break;
            case YamlScalar { IsNull: true } or null:
                break;
            default:
                bag.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Path, PathOf(node), "映射（下一级字段）", node.KindName);
                break;
        }
    }

    /// <summary>The mapping read, or null when absent or of the wrong kind.</summary>
    public YamlMapping? Node { get; }

    public bool Present => Node is not null;

    public SourceSpan Span => Node?.Span ?? SourceSpan.FileStart;

    public string Path => Node?.Path ?? "";

    public DiagnosticBag Diagnostics => _bag;

    /// <summary>The value node of a key, or null when absent or written as an empty value.</summary>
    public YamlNode? Get(string key)
    {
        if (!_shape.Keys.Contains(key)) throw new InvalidOperationException($"binder bug: '{key}' is not declared for shape '{_shape.Name}'");
        _asked.Add(key);
        if (!_entries.TryGetValue(key, out var e)) return null;
        return e.Value is YamlScalar { IsNull: true } ? null : e.Value;
    }

    public MapReader Map(string key, string shape)
    {
        var node = Get(key);
        return new(node, shape, _bag, _entries.TryGetValue(key, out var e) ? e.Key.Span : null);
    }

    public Located<string>? Text(string key) => ValueReader.Text(Get(key), _bag);

    public Located<decimal>? Amount(string key) => ValueReader.Amount(Get(key), _bag);

    /// <summary>An amount that may be negative (a reason that lowered spending below the budget).</summary>
    public Located<decimal>? SignedAmount(string key) => ValueReader.Amount(Get(key), _bag, signed: true);

    public Located<decimal>? Number(string key) => ValueReader.Amount(Get(key), _bag, warnDecimals: false);

    public Located<decimal>? Percent(string key) => ValueReader.Percent(Get(key), _bag);

    public Located<int>? Integer(string key, int min, int max, string hint = "") => ValueReader.Integer(Get(key), _bag, min, max, hint);

    public Cell Cell(string key, bool percent = false) => ValueReader.Cell(Get(key), _bag, percent, $"{Path}.{key}".TrimStart('.'), Span);

    public Located<T>? Choice<T>(string key, IReadOnlyDictionary<string, T> choices) => ValueReader.Choice(Get(key), _bag, choices);

    /// <summary>The most items a list may have: as many as a template may loop over (<c>TemplateRenderer</c>'s loop limit).</summary>
    public const int MaxItems = 10_000;

    public List<T> List<T>(string key, Func<YamlNode, T?> item)
        where T : class
    {
        var node = Get(key);
        var result = new List<T>();
        if (node is null) return result;
        if (node is not YamlSequence seq)
        {
            _bag.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Path, PathOf(node), "列表（每项以 \"- \" 开头）", node.KindName);
            return result;
        }

        if (seq.Items.Count > MaxItems)
        {
            var first = seq.Items[MaxItems];
            _bag.Report(DiagnosticDescriptors.TooManyItems, first.Span, first.Path, PathOf(seq), seq.Items.Count, MaxItems);
        }

        foreach (var child in seq.Items.Take(MaxItems))
        {
            if (item(child) is { } value) result.Add(value);
        }

        return result;
    }

    public List<Located<string>> TextList(string key) => List(key, n => ValueReader.Text(n, _bag));

    /// <summary>Reports unknown and missing keys. Every declared key must have been asked for.</summary>
    public void Done()
    {
        var notAsked = _shape.Keys.Where(k => !_asked.Contains(k)).ToList();
        if (notAsked.Count > 0) throw new InvalidOperationException($"binder bug: shape '{_shape.Name}' never reads {string.Join(", ", notAsked)}");
        if (Node is null) return;
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in Node.Entries)
        {
            if (_shape.Keys.Contains(key.Value)) continue;
            var closest = ClosestKey(key.Value);
            if (closest is not null) suggested.Add(closest);
            var hint = closest is not null ? $"，是否应为 \"{closest}\"？" : $"；此处可用的字段：{string.Join("、", _shape.Keys)}";
            _bag.Report(DiagnosticDescriptors.UnknownField, key.Span, Path.Length == 0 ? key.Value : $"{Path}.{key.Value}", key.Value, hint);
        }

        foreach (var required in _shape.Required)
        {
            // A misspelt key already says what is missing: "amout" is reported once, not also "amount missing".
            if (suggested.Contains(required)) continue;
            if (_entries.TryGetValue(required, out var e) && e.Value is not YamlScalar { IsNull: true }) continue;
            var blank = _entries.TryGetValue(required, out var present);
            var where = blank ? present.Key.Span : _anchor ?? Node.Span;
            var path = Path.Length == 0 ? required : $"{Path}.{required}";

            // A draft's required field written with no value yet (as perfreport init leaves them) is still to be filled in.
            var severity = blank && _bag.Draft ? Severity.Warning : DiagnosticDescriptors.MissingField.DefaultSeverity;
            _bag.Report(DiagnosticDescriptors.MissingField, severity, where, path, required, FieldTitles.Of(_shape.Name, required));
        }
    }

    private string? ClosestKey(string key)
    {
        // The edit distance costs key length × field length; no field name is near a key this long.
        if (key.Length > 64) return null;
        var best = _shape.Keys
            .Select(k => (Key: k, Distance: EditDistance.Of(key, k)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(1, Math.Min(3, key.Length / 2)) ? best.Key : null;
    }

    internal static string PathOf(YamlNode node) => node.Path.Length == 0 ? "文件顶层" : node.Path;
}
