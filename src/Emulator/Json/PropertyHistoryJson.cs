using System.Text.Json;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Json;

/// <summary>The <c>propertiesWithHistory</c> member of a record: each asked-for property's versions, newest first.</summary>
internal static class PropertyHistoryJson
{
    /// <summary>
    /// Writes the member; unknown names are left out, as HubSpot ignores them. A value written through the API names the app
    /// as its <c>sourceId</c>, as HubSpot does; no version has an <c>updatedByUserId</c>, which HubSpot gives only to changes
    /// a user made in its UI.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, HistorySelection selection, CrmRecord record)
    {
        var type = selection.Type;
        writer.WriteStartObject("propertiesWithHistory");
        foreach (var name in selection.Names.Distinct(StringComparer.Ordinal).Where(type.Properties.ContainsKey))
        {
            writer.WriteStartArray(name);
            foreach (var version in PropertyHistory.Of(type, record, name))
            {
                writer.WriteStartObject();
                writer.WriteString("value", version.Value);
                writer.WriteString("timestamp", WireFormat.Timestamp(version.Timestamp));
                writer.WriteString("sourceType", version.SourceType);
                if (version.SourceType == PropertyHistory.IntegrationSource)
                {
                    writer.WriteString("sourceId", selection.IntegrationSourceId);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
