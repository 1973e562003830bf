using Spoke.Agents.Catalog;

namespace Spoke.Agents.Tools;

/// <summary>
/// Turns what a model wrote as an object type (<c>contact</c>, <c>0-1</c>, <c>Contacts</c>, <c>2-3465404</c>, <c>shipment</c>)
/// into the one name the policy, the audit log and HubSpot paths use, so that "contact" cannot slip past a rule on "contacts".
/// </summary>
internal static class ObjectTypeResolver
{
    public static string Resolve(string objectType, SnapshotCatalog catalog)
    {
        if (catalog.Find(objectType) is { } snapshot)
        {
            return snapshot.Name;
        }

        if (CrmObjectType.TryParse(objectType, out var known) && !known.IsCustom)
        {
            return known.Name;
        }

        if (IsCustomName(objectType))
        {
            return objectType.ToLowerInvariant();
        }

        var examples = string.Join(", ", catalog.ObjectTypes.Select(type => type.Name).DefaultIfEmpty("contacts, companies, deals, tickets"));
        throw ToolCallException.Invalid($"'{objectType}' is not an object type. Use a name such as {examples}, or a type id such as 0-1 or 2-12345.");
    }

    private static bool IsCustomName(string value) =>
        value.Length is > 0 and <= 100 && value.All(character => char.IsAsciiLetterOrDigit(character) || character is '_' or '-');
}
