namespace PerfReport.TestKit;

/// <summary>
/// Golden files: text checked into the repository and reviewed. A mismatch writes <c>*.received.*</c> beside the file
/// and fails with a unified diff; <c>PERFREPORT_ACCEPT=1</c> overwrites the golden file instead, and still fails that
/// run, so that an accepted change is always seen (read the diff, then run the tests again).
/// </summary>
internal static class Golden
{
    public static void Check(string relativePath, string actual)
    {
        var path = Repo.File(relativePath);
        var received = path.Replace(".verified.", ".received.", StringComparison.Ordinal);
        var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        var diff = UnifiedDiff.Of(expected ?? "", actual, relativePath + " (golden)", "output");
        if (Environment.GetEnvironmentVariable("PERFREPORT_ACCEPT") == "1")
        {
            File.WriteAllText(path, actual);
            if (File.Exists(received)) File.Delete(received);
            Assert.Fail($"{relativePath} was rewritten (PERFREPORT_ACCEPT=1); this run fails so that the change is reviewed. Read the diff, then run the tests again without PERFREPORT_ACCEPT.\n{diff}");
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"{relativePath} differs from the output (written to {Path.GetFileName(received)}); review the difference and run with PERFREPORT_ACCEPT=1 to accept it\n{diff}");
    }
}

/// <summary>A unified diff of two texts, line by line (longest common subsequence), with 3 lines of context.</summary>
internal static class UnifiedDiff
{
    public static string Of(string expected, string actual, string expectedName, string actualName, int context = 3)
    {
        var a = Lines(expected);
        var b = Lines(actual);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        // The edit script: (' ', line) kept, ('-', line) only in expected, ('+', line) only in actual.
        var ops = new List<(char Op, int A, int B)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) ops.Add((' ', x++, y++));
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] > lcs[x + 1, y])) ops.Add(('+', x, y++));
            else ops.Add(('-', x++, y));
        }

        var output = new List<string> { $"--- {expectedName}", $"+++ {actualName}" };
        for (var k = 0; k < ops.Count;)
        {
            if (ops[k].Op == ' ')
            {
                k++;
                continue;
            }

            var start = Math.Max(0, k - context);
            var end = k;
            while (end < ops.Count)
            {
                if (ops[end].Op != ' ')
                {
                    end++;
                    continue;
                }

                var run = end;
                while (run < ops.Count && ops[run].Op == ' ') run++;
                if (run - end > 2 * context || run == ops.Count)
                {
                    end = Math.Min(ops.Count, end + context);
                    break;
                }

                end = run;
            }

            var hunk = ops.Skip(start).Take(end - start).ToList();
            var aCount = hunk.Count(o => o.Op != '+');
            var bCount = hunk.Count(o => o.Op != '-');
            output.Add($"@@ -{hunk[0].A + 1},{aCount} +{hunk[0].B + 1},{bCount} @@");
            output.AddRange(hunk.Select(o => o.Op + (o.Op == '+' ? b[o.B] : a[o.A])));
            k = end;
        }

        return string.Join("\n", output);
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
