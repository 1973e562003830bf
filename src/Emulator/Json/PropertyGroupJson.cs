using System.Text.Json;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Json;

/// <summary>A property group as HubSpot serves it (<c>name</c>, <c>label</c>, <c>displayOrder</c>, <c>archived</c>); the data file stores the same.</summary>
internal static class PropertyGroupJson
{
    public static void Write(Utf8JsonWriter writer, PropertyGroup group)
    {
        writer.WriteStartObject();
        writer.WriteString("name", group.Name);
        writer.WriteString("label", group.Label);
        writer.WriteNumber("displayOrder", group.DisplayOrder);
        writer.WriteBoolean("archived", group.IsArchived);
        writer.WriteEndObject();
    }

    public static PropertyGroup Read(JsonElement stored) =>
        new(stored.GetProperty("name").GetString()!)
        {
            Label = stored.GetProperty("label").GetString()!,
            DisplayOrder = stored.GetProperty("displayOrder").GetInt32(),
            IsArchived = stored.GetProperty("archived").GetBoolean(),
        };
}
