using System.Text.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Json;

/// <summary>The <c>propertiesWithHistory</c> member of a record: each asked-for property's versions, newest first.</summary>
internal static class PropertyHistoryJson
{
    /// <summary>Writes the member; unknown names are left out, as HubSpot ignores them.</summary>
    public static void Write(Utf8JsonWriter writer, ObjectTypeDefinition type, CrmRecord record, IReadOnlyList<string> names)
    {
        writer.WriteStartObject("propertiesWithHistory");
        foreach (var name in names.Distinct(StringComparer.Ordinal).Where(type.Properties.ContainsKey))
        {
            writer.WriteStartArray(name);
            foreach (var version in PropertyHistory.Of(type, record, name))
            {
                writer.WriteStartObject();
                writer.WriteString("value", version.Value);
                writer.WriteString("timestamp", WireFormat.Timestamp(version.Timestamp));
                writer.WriteString("sourceType", version.SourceType);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
