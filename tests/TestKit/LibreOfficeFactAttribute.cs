namespace PerfReport.TestKit;

/// <summary>
/// A test that needs LibreOffice (soffice, pdfinfo, pdftotext): skipped with the reason when they are not on PATH,
/// except under CI (CI=true), where .ci/run installs them and the test runs and fails without them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (!LibreOffice.Available && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "LibreOffice (soffice, pdfinfo, pdftotext) is not on PATH; under CI=true this test fails instead.";
    }
}
