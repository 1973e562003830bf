using System.Globalization;

namespace Spoke.Emulator.Schema;

/// <summary>
/// The property groups of each object type: at start every group its snapshot's properties name, with HubSpot's label
/// where known (else one made from the name); then whatever the groups API changes. Changed only under the database's
/// write lock.
/// </summary>
internal sealed class PropertyGroupCatalog
{
    private static readonly Dictionary<string, string> KnownLabels = new(StringComparer.Ordinal)
    {
        ["analyticsinformation"] = "Web analytics history",
        ["contactinformation"] = "Contact information",
        ["contactlcs"] = "Contact lifecycle stage properties",
        ["contactscripted"] = "Contact scripted properties",
        ["conversioninformation"] = "Conversion information",
        ["emailinformation"] = "Email information",
        ["socialmediainformation"] = "Social media information",
        ["smsinformation"] = "SMS information",
        ["multiaccountmanagement"] = "Multi-account management",
        ["sales_properties"] = "Sales properties",
        ["companyinformation"] = "Company information",
        ["companylcs"] = "Company lifecycle stage properties",
        ["targetaccountsinformation"] = "Target accounts information",
        ["dealinformation"] = "Deal information",
        ["dealscripted"] = "Deal scripted properties",
        ["dealstages"] = "Deal stage properties",
        ["ticketinformation"] = "Ticket information",
        ["lineiteminformation"] = "Line item information",
    };

    private readonly Dictionary<string, List<PropertyGroup>> byTypeId = new(StringComparer.Ordinal);

    public PropertyGroupCatalog(SchemaCatalog schema)
    {
        foreach (var type in schema.Types)
        {
            byTypeId[type.TypeId] = [.. type.Properties.Values.Select(p => p.GroupName).Where(g => g.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select((name, order) => new PropertyGroup(name) { Label = LabelFor(name), DisplayOrder = order })];
        }
    }

    /// <summary>Every group of a type, archived ones included.</summary>
    public IReadOnlyList<PropertyGroup> All(ObjectTypeDefinition type) => byTypeId[type.TypeId];

    public PropertyGroup? Find(ObjectTypeDefinition type, string name, bool archived = false) =>
        byTypeId[type.TypeId].Find(g => g.Name == name && g.IsArchived == archived);

    /// <summary>Adds a group, replacing an archived one of the same name.</summary>
    public void Add(ObjectTypeDefinition type, PropertyGroup group)
    {
        var groups = byTypeId[type.TypeId];
        groups.RemoveAll(g => g.Name == group.Name);
        groups.Add(group);
    }

    /// <summary>Replaces a type's groups with those restored from a data file.</summary>
    public void Restore(ObjectTypeDefinition type, List<PropertyGroup> groups) => byTypeId[type.TypeId] = groups;

    /// <summary><c>deal_activity</c> → "Deal activity", <c>contactinformation</c> → "Contact information".</summary>
    private static string LabelFor(string name)
    {
        if (KnownLabels.TryGetValue(name, out var known))
        {
            return known;
        }

        var words = name.Replace('_', ' ').Trim();
        if (!words.Contains(' ', StringComparison.Ordinal) && words.EndsWith("information", StringComparison.Ordinal) && words.Length > "information".Length)
        {
            words = words[..^"information".Length] + " information";
        }

        return words.Length == 0 ? name : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
