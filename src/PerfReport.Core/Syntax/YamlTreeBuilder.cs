using PerfReport.Diagnostics;
using PerfReport.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PerfReport.Syntax;

/// <summary>Builds the node tree from parser events with an explicit stack (no recursion).</summary>
internal sealed class YamlTreeBuilder(string text)
{
    internal sealed record Result(YamlNode? Root, YamlException? SyntaxError, List<(DiagnosticDescriptor, SourceSpan, string, object?[])> Problems);

    private sealed class Frame(YamlNode node)
    {
        public YamlNode Node { get; } = node;

        public YamlScalar? PendingKey { get; set; }

        public bool SkipValue { get; set; }

        public Dictionary<string, int> KeyLines { get; } = new(StringComparer.Ordinal);
    }

    private readonly List<(DiagnosticDescriptor, SourceSpan, string, object?[])> _problems = [];
    private readonly Stack<Frame> _stack = new();
    private readonly HashSet<string> _aliases = new(StringComparer.Ordinal);
    private YamlNode? _root;
    private int _nodes;
    private bool _stopped;
    internal const string UnclosedFlow = "scanner failed after this point (unclosed flow collection?)";
    private Mark _lastEnd = Mark.Empty;

    public Result Build()
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            var documents = 0;
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                if (ev is DocumentStart && documents > 0)
                {
                    Problem(DiagnosticDescriptors.MultipleDocuments, Span(ev), "");
                    break;
                }

                if (ev is DocumentStart) documents++;
                _lastEnd = ev.End;
                if (!Handle(ev)) break;
            }
        }
        catch (YamlException e)
        {
            return new Result(null, e, _problems);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on some malformed plain scalars instead of a YamlException; the fault
            // lies after the last event it read.
            return new Result(null, new YamlException(_lastEnd, _lastEnd, UnclosedFlow, e), _problems);
        }

        var root = _stopped ? null : _root ?? new YamlScalar(SourceSpan.FileStart, "", "", isPlain: true);
        return new Result(root, null, _problems);
    }

    /// <summary>Returns false to stop reading (a limit was hit).</summary>
    private bool Handle(ParsingEvent ev)
    {
        switch (ev)
        {
            case Scalar s:
                if (!Count(ev)) return false;
                var scalarPath = NextPath();
                var indent = s.Style == ScalarStyle.Literal ? IndentAfter((int)s.Start.Line, (int)s.End.Line) : 0;
                var value = ControlCharacters.Remove(s.Value, Span(s), s.Style, (at, args) => Problem(DiagnosticDescriptors.ControlCharacter, at, scalarPath, args), indent);
                Attach(new YamlScalar(Span(s), scalarPath, value, s.Style == ScalarStyle.Plain) { BlockIndent = indent });
                return true;
            case AnchorAlias a:
                if (_aliases.Add(a.Value.Value)) Problem(DiagnosticDescriptors.AliasNotSupported, Span(a), NextPath(), a.Value.Value);
                Attach(new YamlScalar(Span(a), NextPath(), "", isPlain: true));
                return true;
            case MappingStart or SequenceStart:
                if (!Count(ev)) return false;
                if (_stack.Count >= YamlLoader.MaxDepth)
                {
                    Problem(DiagnosticDescriptors.NestingTooDeep, Span(ev), NextPath(), YamlLoader.MaxDepth);
                    _stopped = true;
                    return false;
                }

                var path = NextPath();
                YamlNode node = ev is MappingStart ? new YamlMapping(Span(ev), path) : new YamlSequence(Span(ev), path);
                _stack.Push(new Frame(node));
                return true;
            case MappingEnd or SequenceEnd:
                var done = _stack.Pop().Node;
                Attach(Widen(done, ev));
                return true;
            default:
                return true;
        }
    }

    private bool Count(ParsingEvent ev)
    {
        if (++_nodes <= YamlLoader.MaxNodes) return true;
        Problem(DiagnosticDescriptors.TooManyNodes, Span(ev), "", YamlLoader.MaxNodes);
        _stopped = true;
        return false;
    }

    private static YamlNode Widen(YamlNode node, ParsingEvent end)
    {
        var span = node.Span with { EndLine = (int)end.End.Line, EndColumn = (int)end.End.Column };
        switch (node)
        {
            case YamlMapping m:
                var wm = new YamlMapping(span, m.Path);
                wm.Entries.AddRange(m.Entries);
                return wm;
            case YamlSequence s:
                var ws = new YamlSequence(span, s.Path);
                ws.Items.AddRange(s.Items);
                return ws;
            default:
                return node;
        }
    }

    private string NextPath()
    {
        if (_stack.Count == 0) return "";
        var frame = _stack.Peek();
        var parentPath = frame.Node.Path;
        return frame.Node switch
        {
            YamlSequence s => $"{parentPath}[{s.Items.Count}]",
            YamlMapping when frame.PendingKey is { } key => parentPath.Length == 0 ? key.Value : $"{parentPath}.{key.Value}",
            _ => parentPath,
        };
    }

    private void Attach(YamlNode node)
    {
        if (_stack.Count == 0)
        {
            _root = node;
            return;
        }

        var frame = _stack.Peek();
        switch (frame.Node)
        {
            case YamlSequence s:
                s.Items.Add(node);
                break;
            case YamlMapping m when frame.PendingKey is null && !frame.SkipValue:
                if (node is YamlScalar key)
                {
                    if (frame.KeyLines.TryGetValue(key.Value, out var firstLine))
                    {
                        Problem(DiagnosticDescriptors.DuplicateKey, key.Span, key.Path, key.Value, firstLine);
                        frame.SkipValue = true;
                    }
                    else
                    {
                        frame.KeyLines[key.Value] = key.Span.Line;
                        frame.PendingKey = key;
                    }
                }
                else
                {
                    Problem(DiagnosticDescriptors.ComplexKey, node.Span, m.Path);
                    frame.SkipValue = true;
                }

                break;
            case YamlMapping m when frame.SkipValue:
                frame.SkipValue = false;
                break;
            case YamlMapping m:
                m.Entries.Add(new(frame.PendingKey!, node));
                frame.PendingKey = null;
                break;
        }
    }

    private void Problem(DiagnosticDescriptor d, SourceSpan span, string path, params object?[] args) =>
        _problems.Add((d, span, path, args));

    private int[]? _lineStarts;

    /// <summary>
    /// The indentation of the first non-blank line after line <paramref name="line"/> (the line of a block's <c>|</c>) and
    /// not after <paramref name="lastLine"/>: where the block's content starts on each of its lines. 0 when there is none.
    /// </summary>
    private int IndentAfter(int line, int lastLine)
    {
        _lineStarts ??= LineStarts(text);
        for (var l = line + 1; l <= Math.Min(lastLine, _lineStarts.Length); l++)
        {
            var at = _lineStarts[l - 1];
            var spaces = 0;
            while (at + spaces < text.Length && text[at + spaces] == ' ') spaces++;
            if (at + spaces < text.Length && text[at + spaces] is not ('\n' or '\r')) return spaces;
        }

        return 0;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return [.. starts];
    }

    private static SourceSpan Span(ParsingEvent ev) => new((int)ev.Start.Line, (int)ev.Start.Column, (int)ev.End.Line, (int)ev.End.Column);
}
