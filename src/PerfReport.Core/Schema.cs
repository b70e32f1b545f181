namespace PerfReport;

/// <summary>The JSON Schema of the input format (draft-07), as shipped with the tool.</summary>
public static class Schema
{
    /// <summary>The schema text.</summary>
    public static string Text { get; } = ReadResource();

    private static string ReadResource()
    {
        using var stream = typeof(Schema).Assembly.GetManifestResourceStream("PerfReport.schema.json")
            ?? throw new InvalidOperationException("schema resource missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
