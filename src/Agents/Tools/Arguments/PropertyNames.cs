using Spoke.Agents.Policy;
using Spoke.Agents.Text;

namespace Spoke.Agents.Tools.Arguments;

/// <summary>
/// Property names as arguments carry them. A written name must be a plain HubSpot name; a read name may also be the
/// search pseudo-property <c>associations.{type}</c>, which reads another object type and so needs that type's read access.
/// Anything HubSpot might read differently from what the policy checked (dots, control characters, spaces at the ends)
/// is refused.
/// </summary>
internal static class PropertyNames
{
    private const string AssociationsPrefix = "associations.";

    private const string PlainNameHint =
        "HubSpot property names are plain names such as firstname or hs_ticket_priority (no dots, control characters or spaces at the ends); call get_hubspot_schema for the names.";

    /// <summary>Refuses a written property name that is not a plain HubSpot name.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="path">The argument that holds it: <c>properties</c>, <c>records[0].properties</c>, <c>idProperty</c>.</param>
    public static void CheckWritten(string name, string path)
    {
        if (!IsPlain(name))
        {
            throw ToolCallException.Invalid($"'{path}' names the property {UntrustedText.Quote(name)}. {PlainNameHint}");
        }
    }

    /// <summary>The object type a read property name reads: the call's own, or the type of an <c>associations.{type}</c> name.</summary>
    public static CrmObjectType ReadType(string name, string path, CrmObjectType objectType, ObjectTypeResolver objectTypes)
    {
        if (name.StartsWith(AssociationsPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var typeName = name[AssociationsPrefix.Length..];
            return objectTypes.Resolve(typeName, out var problem)
                ?? throw ToolCallException.Invalid(
                    $"'{path}' is {UntrustedText.Quote(name)}, and {UntrustedText.Quote(typeName)} {problem}. "
                    + "Filter on associated records with associations.{type} and a type such as contact, company or deal.");
        }

        if (!IsPlain(name))
        {
            throw ToolCallException.Invalid($"'{path}' is {UntrustedText.Quote(name)}. {PlainNameHint} Filter on associated records with associations.{{type}}, e.g. associations.contact.");
        }

        return objectType;
    }

    /// <summary>The names of a list argument with their paths: <c>(properties[0], email)</c>, ….</summary>
    public static IEnumerable<(string Path, string Name)> At(string path, IEnumerable<string> names) =>
        names.Select((name, index) => ($"{path}[{index}]", name));

    /// <summary>An optional single name with its path, or nothing.</summary>
    public static IEnumerable<(string Path, string Name)> At(string path, string? name) =>
        name is null ? [] : [(path, name)];

    private static bool IsPlain(string name) =>
        name.Length > 0
        && !char.IsWhiteSpace(name[0])
        && !char.IsWhiteSpace(name[^1])
        && !name.Contains('.', StringComparison.Ordinal)
        && !name.Any(char.IsControl);
}
