using Spoke.Agents.Catalog;

namespace Spoke.Agents.Tools;

/// <summary>
/// Turns what a model wrote as an object type (<c>contact</c>, <c>0-1</c>, <c>Contacts</c>, <c>2-3465404</c>, <c>shipment</c>)
/// into one <see cref="CrmObjectType"/>, whose <see cref="CrmObjectType.Name"/> the policy and the audit log use, so that
/// "contact" cannot slip past a rule on "contacts".
/// </summary>
internal static class ObjectTypeResolver
{
    public static CrmObjectType Resolve(string objectType, SnapshotCatalog catalog)
    {
        if (catalog.Find(objectType) is { TypeId: { } typeId } custom)
        {
            return CrmObjectType.Custom(custom.Name, typeId);
        }

        if (CrmObjectType.TryParse(objectType, out var known))
        {
            return known.IsCustom && catalog.Find(known.TypeId) is { } snapshot ? CrmObjectType.Custom(snapshot.Name, known.TypeId) : known;
        }

        var examples = string.Join(", ", catalog.ObjectTypes.Select(type => type.Name).DefaultIfEmpty("contacts, companies, deals, tickets"));
        throw ToolCallException.Invalid($"'{objectType}' is not an object type. Use a name such as {examples}, or a custom object's type id such as 2-12345.");
    }
}
