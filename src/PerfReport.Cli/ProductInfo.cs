namespace PerfReport.Cli;

/// <summary>What the tool says about itself to other tools (SARIF's driver).</summary>
internal static class ProductInfo
{
    /// <summary>
    /// The project's home page. No package project URL is set in the build files, so this constant is the one place
    /// it is written; set <c>PackageProjectUrl</c> to the same address when the repository is published.
    /// </summary>
    public const string ProjectUrl = "https://github.com/perfreport/perfreport";
}
