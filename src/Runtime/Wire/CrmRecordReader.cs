using System.ComponentModel;
using System.Text.Json;
using Spoke.Wire;

namespace Spoke.Wire;

/// <summary>
/// Reads the envelope of a HubSpot record (<c>SimplePublicObject</c>) into a <see cref="CrmRecord"/> and hands each property
/// to the record's own typed reader. One code path for generated records and <see cref="CrmObject"/>.
/// </summary>
/// <remarks>For generated code: hidden from IntelliSense, and not meant to be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CrmRecordReader
{
    // HubSpot property names are short; longer ones (hostile or future) fall back to an allocated string.
    private const int StackNameLength = 128;

    /// <summary>Reads one record object into <paramref name="record"/>.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="reader">The reader, positioned on the start-object token or just before it; left on the end-object token.</param>
    /// <param name="record">A new, empty record to fill.</param>
    /// <returns><paramref name="record"/>.</returns>
    /// <exception cref="JsonException">The JSON is not a record object.</exception>
    public static TRecord Read<TRecord>(ref Utf8JsonReader reader, TRecord record)
        where TRecord : CrmRecord
    {
        ArgumentNullException.ThrowIfNull(record);
        if (reader.TokenType is JsonTokenType.None or JsonTokenType.PropertyName)
        {
            reader.Read();
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a HubSpot record object but found {reader.TokenType}.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("properties"u8))
            {
                reader.Read();
                ReadProperties(ref reader, record);
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                record.Id = WireReader.ReadString(ref reader) ?? string.Empty;
            }
            else if (reader.ValueTextEquals("createdAt"u8))
            {
                reader.Read();
                record.CreatedAt = ReadTimestamp(ref reader) ?? default;
            }
            else if (reader.ValueTextEquals("updatedAt"u8))
            {
                reader.Read();
                record.UpdatedAt = ReadTimestamp(ref reader) ?? default;
            }
            else if (reader.ValueTextEquals("archived"u8))
            {
                reader.Read();
                record.Archived = reader.TokenType == JsonTokenType.True;
            }
            else if (reader.ValueTextEquals("archivedAt"u8))
            {
                reader.Read();
                record.ArchivedAt = ReadTimestamp(ref reader);
            }
            else if (reader.ValueTextEquals("associations"u8))
            {
                reader.Read();
                record.Associations = ReadAssociations(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return record;
    }

    private static void ReadProperties(ref Utf8JsonReader reader, CrmRecord record)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        var values = new WireValueList();
        try
        {
            ReadPropertyValues(ref reader, record, ref values);
            record.KeepWireValues(values.ToArray());
        }
        finally
        {
            values.Dispose();
        }
    }

    private static void ReadPropertyValues(ref Utf8JsonReader reader, CrmRecord record, ref WireValueList values)
    {
        var layout = record.Layout;
        Span<char> buffer = stackalloc char[StackNameLength];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            scoped ReadOnlySpan<char> name;
            string? allocatedName = null;
            var encodedLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (encodedLength <= StackNameLength)
            {
                name = buffer[..reader.CopyString(buffer)];
            }
            else
            {
                allocatedName = reader.GetString()!;
                name = allocatedName;
            }

            reader.Read();
            var index = layout?.IndexOf(name) ?? -1;
            if (index >= 0)
            {
                values.Add(index, WireReader.ReadString(ref reader));
            }
            else
            {
                record.KeepUnmappedProperty(allocatedName ?? name.ToString(), WireReader.ReadString(ref reader));
            }
        }
    }

    private static DateTimeOffset? ReadTimestamp(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8WireParser.TryParseDateTime(reader.ValueSpan, out var instant))
        {
            return instant;
        }

        var text = WireReader.ReadString(ref reader);
        return text is not null && WireFormat.TryDecodeDateTime(text, out var value) ? value : null;
    }

    private static Dictionary<string, IReadOnlyList<CrmAssociatedId>> ReadAssociations(ref Utf8JsonReader reader)
    {
        var associations = new Dictionary<string, IReadOnlyList<CrmAssociatedId>>(StringComparer.Ordinal);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return associations;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var objectType = reader.GetString()!;
            reader.Read();
            associations[objectType] = ReadAssociatedIds(ref reader);
        }

        return associations;
    }

    private static List<CrmAssociatedId> ReadAssociatedIds(ref Utf8JsonReader reader)
    {
        var ids = new List<CrmAssociatedId>();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return ids;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isResults = reader.ValueTextEquals("results"u8);
            reader.Read();
            if (!isResults || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                ids.Add(ReadAssociatedId(ref reader));
            }
        }

        return ids;
    }

    private static CrmAssociatedId ReadAssociatedId(ref Utf8JsonReader reader)
    {
        string? id = null;
        string? type = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            var isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isId)
            {
                id = WireReader.ReadString(ref reader);
            }
            else if (isType)
            {
                type = WireReader.ReadString(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new CrmAssociatedId(id ?? string.Empty, type ?? string.Empty);
    }
}
