using System.Text.Json;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Json;

/// <summary>Writes a record as HubSpot's <c>SimplePublicObject</c> (plus associations or upsert flags when asked).</summary>
internal static class RecordJsonWriter
{
    public static void Write(Utf8JsonWriter writer, CrmRecord record, PropertySelection selection, RecordExtras? extras = null)
    {
        writer.WriteStartObject();
        writer.WriteString("id", WireFormat.Id(record.Id));
        writer.WriteStartObject("properties");
        if (selection.Names is null)
        {
            var live = selection.LiveOf?.Properties;
            foreach (var (name, value) in record.Properties)
            {
                if (live is null || live.ContainsKey(name))
                {
                    writer.WriteString(name, value);
                }
            }
        }
        else
        {
            foreach (var name in selection.Names)
            {
                var value = record.Get(name);
                if (value is not null)
                {
                    writer.WriteString(name, value);
                }
                else if (selection.IncludeUnset)
                {
                    writer.WriteNull(name);
                }
            }
        }

        writer.WriteEndObject();
        writer.WriteString("createdAt", WireFormat.Timestamp(record.CreatedAt));
        writer.WriteString("updatedAt", WireFormat.Timestamp(record.UpdatedAt));
        writer.WriteBoolean("archived", record.IsArchived);
        if (record.ArchivedAt is { } archivedAt)
        {
            writer.WriteString("archivedAt", WireFormat.Timestamp(archivedAt));
        }

        if (extras is not null)
        {
            extras.WriteTo(writer, record);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Optional members of a record response: the trace id echo, upsert's <c>new</c>, inline associations, history.</summary>
internal sealed class RecordExtras
{
    /// <summary>The <c>propertiesWithHistory</c> asked for, if any.</summary>
    public HistorySelection? History { get; init; }

    public string? ObjectWriteTraceId { get; init; }

    public bool? IsNew { get; init; }

    public Action<Utf8JsonWriter>? WriteAssociations { get; init; }

    public void WriteTo(Utf8JsonWriter writer, CrmRecord record)
    {
        if (History is { } history)
        {
            PropertyHistoryJson.Write(writer, history, record);
        }

        if (ObjectWriteTraceId is not null)
        {
            writer.WriteString("objectWriteTraceId", ObjectWriteTraceId);
        }

        if (IsNew is { } isNew)
        {
            writer.WriteBoolean("new", isNew);
        }

        if (WriteAssociations is not null)
        {
            writer.WritePropertyName("associations");
            WriteAssociations(writer);
        }
    }
}
