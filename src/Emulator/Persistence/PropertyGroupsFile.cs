using System.Text.Json;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Persistence;

/// <summary>The <c>propertyGroups</c> member of the data file and of journal entries: each type's groups, archived ones included.</summary>
internal static class PropertyGroupsFile
{
    public const string MemberName = "propertyGroups";

    /// <summary>Writes the member with the groups of <paramref name="types"/>.</summary>
    public static void Write(Utf8JsonWriter writer, PropertyGroupCatalog catalog, IEnumerable<ObjectTypeDefinition> types)
    {
        writer.WriteStartObject(MemberName);
        foreach (var type in types)
        {
            writer.WriteStartArray(type.TypeId);
            foreach (var group in catalog.All(type))
            {
                PropertyGroupJson.Write(writer, group);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads the member, when present, into the latest groups per type id.</summary>
    public static void Read(JsonElement holder, Dictionary<string, List<PropertyGroup>> latest)
    {
        if (holder.TryGetProperty(MemberName, out var member))
        {
            foreach (var type in member.EnumerateObject())
            {
                latest[type.Name] = [.. type.Value.EnumerateArray().Select(PropertyGroupJson.Read)];
            }
        }
    }
}
