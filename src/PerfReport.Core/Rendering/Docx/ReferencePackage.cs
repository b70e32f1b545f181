namespace PerfReport.Rendering.Docx;

/// <summary>The built-in reference document, kept unpacked under templates/reference and embedded in the assembly.</summary>
internal static class ReferencePackage
{
    /// <summary>Resource-name prefix of the unpacked reference (see PerfReport.Core.csproj).</summary>
    public const string ResourcePrefix = "templates/reference/";

    /// <summary>Zips the embedded files into a .docx, reproducibly.</summary>
    public static byte[] PackDefault()
    {
        var assembly = typeof(ReferencePackage).Assembly;
        var entries = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => (n[ResourcePrefix.Length..], Read(assembly, n)))
            .ToList();
        if (entries.Count == 0)
        {
            throw new InvalidOperationException("The built-in reference document is not embedded in " + assembly.GetName().Name + ".");
        }

        return DeterministicZip.Create(entries, timestamp: null);
    }

    private static byte[] Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing embedded resource " + name + ".");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
