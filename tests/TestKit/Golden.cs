namespace PerfReport.TestKit;

/// <summary>
/// Golden files: text checked into the repository and reviewed. A mismatch writes <c>*.received.*</c> beside the file;
/// <c>PERFREPORT_ACCEPT=1</c> overwrites the golden file instead (then read the diff before committing).
/// </summary>
internal static class Golden
{
    public static void Check(string relativePath, string actual)
    {
        var path = Repo.File(relativePath);
        var received = path.Replace(".verified.", ".received.", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PERFREPORT_ACCEPT") == "1")
        {
            File.WriteAllText(path, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"{relativePath} differs from the output (written to {Path.GetFileName(received)}); review the difference and run with PERFREPORT_ACCEPT=1 to accept it");
    }
}
