using Spoke.Schema;

namespace Spoke.Agents.Catalog;

/// <summary>How the tools describe a runtime <see cref="CrmProperty"/> to a model.</summary>
internal static class CrmPropertyExtensions
{
    /// <summary>Whether HubSpot computes the value (calculated or read-only), so it cannot be written.</summary>
    public static bool IsReadOnly(this CrmProperty property) => property.ReadOnlyValue || property.Calculated;

    /// <summary>The options a model may use: the enumeration values HubSpot does not hide.</summary>
    public static IEnumerable<CrmPropertyOption> VisibleOptions(this CrmProperty property) => property.Options.Where(option => !option.Hidden);
}
