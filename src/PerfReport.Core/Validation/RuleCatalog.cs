namespace PerfReport.Validation;

/// <summary>Every validation rule in the assembly, found once by reflection, ordered by code.</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<IValidationRule> All { get; } = typeof(RuleCatalog).Assembly.GetTypes()
        .Where(t => typeof(IValidationRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .Select(t => (IValidationRule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
        .ToList();

    public static IValidationRule? Find(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
