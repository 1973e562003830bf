using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Http;

/// <summary>
/// The scopes a request needs, from HubSpot's scope table: each inner list is a set of alternatives, and every set must
/// be satisfied (an association needs access to both of its object types).
/// </summary>
internal static class ScopeResolver
{
    public static IReadOnlyList<IReadOnlyList<string>> Required(ScopeRequirement requirement, ObjectTypeDefinition? type, ObjectTypeDefinition? toType) =>
        requirement switch
        {
            ScopeRequirement.ObjectRead when type is not null => [ObjectScopes(type, "read")],
            ScopeRequirement.ObjectWrite when type is not null => [ObjectScopes(type, "write")],
            ScopeRequirement.SchemaRead when type is not null => [[$"crm.schemas.{type.ScopeName}.read", .. ObjectScopes(type, "read")]],
            ScopeRequirement.SchemaWrite when type is not null => [[$"crm.schemas.{type.ScopeName}.write"]],
            ScopeRequirement.CustomSchemaRead => [["crm.schemas.custom.read"]],
            ScopeRequirement.OwnersRead => [["crm.objects.owners.read"]],
            ScopeRequirement.AssociationRead when type is not null && toType is not null => [ObjectScopes(type, "read"), ObjectScopes(toType, "read")],
            ScopeRequirement.AssociationWrite when type is not null && toType is not null => [ObjectScopes(type, "write"), ObjectScopes(toType, "write")],
            _ => [],
        };

    /// <summary>Every scope the emulator checks for the given object types, sorted: what a token granted every scope holds (OAuth tokens also carry <c>oauth</c>).</summary>
    public static IReadOnlyList<string> Every(IEnumerable<ObjectTypeDefinition> types, EmulatorTokenKind kind)
    {
        var requirements = Enum.GetValues<ScopeRequirement>();
        var scopes = types
            .SelectMany(type => requirements.SelectMany(requirement => Required(requirement, type, type)))
            .Concat(requirements.SelectMany(requirement => Required(requirement, null, null)))
            .SelectMany(alternatives => alternatives);
        return [.. (kind == EmulatorTokenKind.OAuth ? scopes.Append("oauth") : scopes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static List<string> ObjectScopes(ObjectTypeDefinition type, string access)
    {
        var scopes = new List<string> { $"crm.objects.{type.ScopeName}.{access}" };
        if (type.Name == "tickets")
        {
            // The legacy "tickets" scope grants both read and write on tickets.
            scopes.Add("tickets");
        }

        return scopes;
    }
}
