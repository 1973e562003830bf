using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Spoke.Webhooks.Events;

namespace Spoke.Webhooks.Parsing;

/// <summary>
/// Reads a delivery body (a JSON array of up to 100 events) straight from its UTF-8 bytes into
/// <see cref="WebhookEvent"/>s. Framework-free and stateless.
/// </summary>
public static class WebhookEventParser
{
    /// <summary>The most events HubSpot puts in one delivery; a body with more is rejected.</summary>
    public const int MaxEventsPerDelivery = 100;

    /// <summary>Parses a delivery body.</summary>
    /// <param name="body">The raw request body.</param>
    /// <returns>The events, in the order HubSpot listed them (which is not the order they happened in).</returns>
    /// <exception cref="WebhookPayloadException">The body is not a JSON array of at most 100 HubSpot events.</exception>
    public static IReadOnlyList<WebhookEvent> Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new WebhookPayloadException("The body is empty. A HubSpot webhook delivery is a JSON array of events.");
        }

        var reader = new Utf8JsonReader(body);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new WebhookPayloadException(
                    $"The body must be a JSON array of events; it starts with {Describe(reader.TokenType)}.");
            }

            var events = new List<WebhookEvent>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (events.Count == MaxEventsPerDelivery)
                {
                    throw new WebhookPayloadException(
                        $"The body holds more than {MaxEventsPerDelivery} events, the most HubSpot sends in one delivery.");
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new WebhookPayloadException(
                        $"Event {events.Count} is {Describe(reader.TokenType)}; every element of the array must be an event object.");
                }

                events.Add(ReadEvent(ref reader, events.Count));
            }

            // Reading past the closing bracket makes the reader reject anything after the array.
            reader.Read();
            return events;
        }
        catch (JsonException exception)
        {
            throw new WebhookPayloadException(
                $"The body is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine}): {exception.Message}",
                exception);
        }
    }

    private static WebhookEvent ReadEvent(ref Utf8JsonReader reader, int index)
    {
        var fields = new EventFields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!ReadKnownField(ref reader, ref fields, index))
            {
                var name = reader.GetString()!;
                reader.Read();
                (fields.Additional ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
            }
        }

        return fields.ToEvent(index);
    }

    /// <summary>Reads the value of a field this library models and returns true, or returns false leaving the reader on the name.</summary>
    private static bool ReadKnownField(ref Utf8JsonReader reader, ref EventFields fields, int index)
    {
        var name = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            return false;
        }

        switch (name)
        {
            case var _ when name.SequenceEqual("eventId"u8):
                fields.EventId = ReadInt64(ref reader, index, "eventId");
                return true;
            case var _ when name.SequenceEqual("subscriptionId"u8):
                fields.SubscriptionId = ReadInt64(ref reader, index, "subscriptionId");
                return true;
            case var _ when name.SequenceEqual("portalId"u8):
                fields.PortalId = ReadInt64(ref reader, index, "portalId");
                return true;
            case var _ when name.SequenceEqual("appId"u8):
                fields.AppId = ReadInt64(ref reader, index, "appId");
                return true;
            case var _ when name.SequenceEqual("occurredAt"u8):
                fields.OccurredAt = ReadInt64(ref reader, index, "occurredAt");
                return true;
            case var _ when name.SequenceEqual("subscriptionType"u8) || name.SequenceEqual("eventType"u8):
                fields.SubscriptionType = ReadText(ref reader);
                return true;
            case var _ when name.SequenceEqual("objectTypeId"u8):
                fields.ObjectTypeId = ReadText(ref reader);
                return true;
            case var _ when name.SequenceEqual("objectId"u8):
                fields.ObjectId = ReadInt64(ref reader, index, "objectId");
                return true;
            case var _ when name.SequenceEqual("attemptNumber"u8):
                fields.AttemptNumber = (int)ReadInt64(ref reader, index, "attemptNumber");
                return true;
            case var _ when name.SequenceEqual("changeSource"u8):
                fields.ChangeSource = ReadText(ref reader);
                return true;
            case var _ when name.SequenceEqual("changeFlag"u8):
                fields.ChangeFlag = ReadText(ref reader);
                return true;
            case var _ when name.SequenceEqual("sourceId"u8):
                fields.SourceId = ReadText(ref reader);
                return true;
            case var _ when name.SequenceEqual("isSensitive"u8):
                fields.IsSensitive = ReadBoolean(ref reader, index, "isSensitive");
                return true;
            case var _ when name.SequenceEqual("propertyName"u8):
                fields.PropertyName = ReadText(ref reader);
                return true;
            case var _ when name.SequenceEqual("propertyValue"u8):
                fields.PropertyValue = ReadText(ref reader);
                return true;
            case var _ when name.SequenceEqual("primaryObjectId"u8):
                fields.PrimaryObjectId = ReadInt64(ref reader, index, "primaryObjectId");
                return true;
            case var _ when name.SequenceEqual("mergedObjectIds"u8):
                fields.MergedObjectIds = ReadInt64Array(ref reader, index, "mergedObjectIds");
                return true;
            case var _ when name.SequenceEqual("newObjectId"u8):
                fields.NewObjectId = ReadInt64(ref reader, index, "newObjectId");
                return true;
            case var _ when name.SequenceEqual("numberOfPropertiesMoved"u8):
                fields.NumberOfPropertiesMoved = (int)ReadInt64(ref reader, index, "numberOfPropertiesMoved");
                return true;
            case var _ when name.SequenceEqual("associationType"u8):
                fields.AssociationType = ReadText(ref reader);
                return true;
            case var _ when name.SequenceEqual("fromObjectId"u8):
                fields.FromObjectId = ReadInt64(ref reader, index, "fromObjectId");
                return true;
            case var _ when name.SequenceEqual("toObjectId"u8):
                fields.ToObjectId = ReadInt64(ref reader, index, "toObjectId");
                return true;
            case var _ when name.SequenceEqual("associationRemoved"u8):
                fields.AssociationRemoved = ReadBoolean(ref reader, index, "associationRemoved");
                return true;
            case var _ when name.SequenceEqual("isPrimaryAssociation"u8):
                fields.IsPrimaryAssociation = ReadBoolean(ref reader, index, "isPrimaryAssociation");
                return true;
            case var _ when name.SequenceEqual("messageId"u8):
                fields.MessageId = ReadText(ref reader);
                return true;
            case var _ when name.SequenceEqual("messageType"u8):
                fields.MessageType = ReadText(ref reader);
                return true;
            default:
                return false;
        }
    }

    private static long ReadInt64(ref Utf8JsonReader reader, int index, string field)
    {
        reader.Read();
        return CurrentInt64(ref reader, index, field);
    }

    /// <summary>Reads the current token as a number, or a string holding one (HubSpot ids appear both ways).</summary>
    private static long CurrentInt64(ref Utf8JsonReader reader, int index, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out number, out var consumed) && consumed == reader.ValueSpan.Length)
        {
            return number;
        }

        throw new WebhookPayloadException($"Event {index}: '{field}' must be a whole number; it is {Describe(ref reader)}.");
    }

    private static long[] ReadInt64Array(ref Utf8JsonReader reader, int index, string field)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new WebhookPayloadException($"Event {index}: '{field}' must be an array of ids; it is {Describe(ref reader)}.");
        }

        var ids = new List<long>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ids.Add(CurrentInt64(ref reader, index, field));
        }

        return [.. ids];
    }

    private static bool ReadBoolean(ref Utf8JsonReader reader, int index, string field)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False or JsonTokenType.Null => false,
            _ => throw new WebhookPayloadException($"Event {index}: '{field}' must be true or false; it is {Describe(ref reader)}."),
        };
    }

    /// <summary>Reads a scalar as the text HubSpot sent: strings unescaped, numbers and booleans verbatim, null as null.</summary>
    private static string? ReadText(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            JsonTokenType.StartObject or JsonTokenType.StartArray => JsonElement.ParseValue(ref reader).GetRawText(),
            _ => Encoding.UTF8.GetString(reader.ValueSpan),
        };
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.Number => $"{Describe(reader.TokenType)} {Encoding.UTF8.GetString(reader.ValueSpan)}",
        var other => Describe(other),
    };

    private static string Describe(JsonTokenType tokenType) => tokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => tokenType.ToString(),
    };

    /// <summary>The fields of one event as read, before they are checked and frozen.</summary>
    private struct EventFields
    {
        public long? EventId;
        public long SubscriptionId;
        public long PortalId;
        public long AppId;
        public long OccurredAt;
        public string? SubscriptionType;
        public string? ObjectTypeId;
        public long? ObjectId;
        public int AttemptNumber;
        public string? ChangeSource;
        public string? ChangeFlag;
        public string? SourceId;
        public bool IsSensitive;
        public string? PropertyName;
        public string? PropertyValue;
        public long? PrimaryObjectId;
        public long[]? MergedObjectIds;
        public long? NewObjectId;
        public int NumberOfPropertiesMoved;
        public string? AssociationType;
        public long? FromObjectId;
        public long? ToObjectId;
        public bool AssociationRemoved;
        public bool IsPrimaryAssociation;
        public string? MessageId;
        public string? MessageType;
        public Dictionary<string, JsonElement>? Additional;

        public readonly WebhookEvent ToEvent(int index)
        {
            if (SubscriptionType is null)
            {
                throw new WebhookPayloadException($"Event {index} has no 'subscriptionType', so its kind is unknown.");
            }

            if (EventId is not { } eventId)
            {
                throw new WebhookPayloadException($"Event {index} ({SubscriptionType}) has no 'eventId'.");
            }

            var kind = WebhookEventKinds.Split(SubscriptionType, out var objectPrefix);
            var objectType = WebhookObjectTypes.Resolve(objectPrefix, ObjectTypeId);
            return new WebhookEvent
            {
                EventId = eventId,
                SubscriptionId = SubscriptionId,
                PortalId = PortalId,
                AppId = AppId,
                OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(OccurredAt),
                SubscriptionType = SubscriptionType,
                Kind = kind,
                ObjectType = objectType,
                ObjectId = ObjectId ?? FromObjectId,
                AttemptNumber = AttemptNumber,
                ChangeSource = ChangeSource,
                ChangeFlag = ChangeFlag,
                SourceId = SourceId,
                IsSensitive = IsSensitive,
                PropertyChange = PropertyName is null ? null : new WebhookPropertyChange(PropertyName, PropertyValue),
                Merge = kind == WebhookEventKind.Merge || MergedObjectIds is not null
                    ? new WebhookMerge(PrimaryObjectId ?? ObjectId ?? 0, MergedObjectIds ?? [], NewObjectId ?? PrimaryObjectId ?? ObjectId ?? 0, NumberOfPropertiesMoved)
                    : null,
                AssociationChange = AssociationType is null
                    ? null
                    : new WebhookAssociationChange(AssociationType, FromObjectId ?? 0, ToObjectId ?? 0, AssociationRemoved, IsPrimaryAssociation),
                MessageId = MessageId,
                MessageType = MessageType,
                AdditionalFields = (IReadOnlyDictionary<string, JsonElement>?)Additional ?? WebhookEvent.NoAdditionalFields,
            };
        }
    }
}
