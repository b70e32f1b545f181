using PerfReport.Rendering;
using PerfReport.Text;

namespace PerfReport;

/// <summary>Settings of one run. Everything that would otherwise come from the environment comes from here.</summary>
public sealed record CompilationOptions
{
    /// <summary>The defaults.</summary>
    public static CompilationOptions Default { get; } = new();

    /// <summary>The templates to build with; the built-in ones when null.</summary>
    public TemplateSet? Templates { get; init; }

    /// <summary>
    /// A department's Word document that is the whole report (<c>build --template</c>), compiled once for a batch; when
    /// set, the templates, reference document and split options are not used.
    /// </summary>
    public Rendering.WordTemplates.WordTemplate? WordTemplate { get; init; }

    /// <summary>A reference .docx whose styles, page setup, headers and footers are used; the built-in one when null.</summary>
    public byte[]? ReferenceDocx { get; init; }

    /// <summary>
    /// A file still being filled in (<c>validate --draft</c>): parts and figures the report needs but the file lacks
    /// (PR1013, PR1014, PR1015), and required fields written with an empty value (PR1001, as &lt;c&gt;init&lt;/c&gt; leaves them),
    /// are warnings instead of errors. Building never uses it: a built report is complete.
    /// </summary>
    public bool Draft { get; init; }

    /// <summary>
    /// Last year's report, read and bound (<c>validate --previous</c>): every 上年 figure of this report is checked
    /// against its 本年 figure (PR3030). Made by <see cref="Compilation.ReadPrevious"/>.
    /// </summary>
    internal Model.Evaluation? Previous { get; init; }

    /// <summary>Also write each attached table as a document of its own.</summary>
    public bool Split { get; init; }

    /// <summary>Also write the whole report as GitHub-flavoured Markdown (<see cref="CompilationResult.Markdown"/>).</summary>
    public bool Markdown { get; init; }

    /// <summary>The document's date (core properties and zip entries); fixed so that the same input gives the same bytes.</summary>
    public DateTimeOffset? Timestamp { get; init; }
    /// <summary>
    /// Reads a file the report names (<c>scoring.profile_file</c>), given as written in the report; the caller resolves
    /// it against the report's folder. Returns null when the file cannot be read. Without it, such files are reported
    /// as unreadable: the Core never touches the file system itself.
    /// </summary>
    public Func<string, SourceText?>? ReadRelativeFile { get; init; }

    /// <summary>Why <see cref="ReadRelativeFile"/> returned null for a path (one Chinese phrase), when the caller knows.</summary>
    public Func<string, string?>? DescribeUnreadable { get; init; }
}
