using System.Text;

namespace PerfReport.Text;

/// <summary>The text of one input file and the name it is reported under.</summary>
public sealed class SourceText
{
    private SourceText(string path, string content)
    {
        Path = path;
        Content = content;
    }

    /// <summary>The path diagnostics print (relative to the working directory, or <c>&lt;stdin&gt;</c>).</summary>
    public string Path { get; }

    /// <summary>The text, without a byte-order mark.</summary>
    public string Content { get; }

    /// <summary>Wraps text that is already decoded.</summary>
    public static SourceText From(string path, string content) =>
        new(path, content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content);

    /// <summary>Decodes UTF-8 bytes (with or without BOM). Returns null when the bytes are not UTF-8.</summary>
    public static SourceText? FromUtf8(string path, ReadOnlySpan<byte> bytes)
    {
        // UTF-16 without a byte-order mark decodes as "valid" UTF-8 (ASCII with a NUL after each letter); no text file has NULs.
        if (bytes.Contains((byte)0)) return null;
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return From(path, strict.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
