using System.Buffers.Text;
using System.Text.Json;
using System.Text;
using Spoke.Text;
using Spoke.Webhooks.Events;

namespace Spoke.Webhooks.Parsing;

/// <summary>
/// Reads a delivery body (a JSON array of up to 100 events) straight from its UTF-8 bytes into
/// <see cref="WebhookEvent"/>s. Framework-free and stateless.
/// </summary>
public static class WebhookEventParser
{
    /// <summary>The most events HubSpot puts in one delivery (<see cref="HubSpotLimits.MaxWebhookEventsPerDelivery"/>); a body with more is rejected.</summary>
    public const int MaxEventsPerDelivery = HubSpotLimits.MaxWebhookEventsPerDelivery;

    /// <summary>The longest string that may still spell a whole number, escapes included; longer ones are not parsed.</summary>
    private const int MaxNumberTextLength = 128;

    private static readonly long FirstUnixMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long LastUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

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

        if (Utf8JsonText.FindUnreadableText(body) is { } unreadable)
        {
            throw new WebhookPayloadException($"The body's text cannot be read: {unreadable}. HubSpot sends JSON in UTF-8.");
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
        var field = reader.ValueIsEscaped ? WebhookEventField.Unknown : WebhookEventFields.Identify(reader.ValueSpan);
        switch (field)
        {
            case WebhookEventField.EventId:
                fields.EventId = ReadInt64(ref reader, index, "eventId");
                return true;
            case WebhookEventField.SubscriptionId:
                fields.SubscriptionId = ReadInt64(ref reader, index, "subscriptionId");
                return true;
            case WebhookEventField.PortalId:
                fields.PortalId = ReadInt64(ref reader, index, "portalId");
                return true;
            case WebhookEventField.AppId:
                fields.AppId = ReadInt64(ref reader, index, "appId");
                return true;
            case WebhookEventField.OccurredAt:
                fields.OccurredAt = ReadUnixMilliseconds(ref reader, index, "occurredAt");
                return true;
            case WebhookEventField.SubscriptionType:
                fields.SubscriptionType = ReadText(ref reader);
                return true;
            case WebhookEventField.ObjectTypeId:
                fields.ObjectTypeId = ReadText(ref reader);
                return true;
            case WebhookEventField.ObjectId:
                fields.ObjectId = ReadInt64(ref reader, index, "objectId");
                return true;
            case WebhookEventField.AttemptNumber:
                fields.AttemptNumber = ReadInt32(ref reader, index, "attemptNumber");
                return true;
            case WebhookEventField.ChangeSource:
                fields.ChangeSource = ReadText(ref reader);
                return true;
            case WebhookEventField.ChangeFlag:
                fields.ChangeFlag = ReadText(ref reader);
                return true;
            case WebhookEventField.SourceId:
                fields.SourceId = ReadText(ref reader);
                return true;
            case WebhookEventField.IsSensitive:
                fields.IsSensitive = ReadBoolean(ref reader, index, "isSensitive");
                return true;
            case WebhookEventField.PropertyName:
                fields.PropertyName = ReadText(ref reader);
                return true;
            case WebhookEventField.PropertyValue:
                fields.PropertyValue = ReadText(ref reader);
                return true;
            case WebhookEventField.PrimaryObjectId:
                fields.PrimaryObjectId = ReadInt64(ref reader, index, "primaryObjectId");
                return true;
            case WebhookEventField.MergedObjectIds:
                fields.MergedObjectIds = ReadInt64Array(ref reader, index, "mergedObjectIds");
                return true;
            case WebhookEventField.NewObjectId:
                fields.NewObjectId = ReadInt64(ref reader, index, "newObjectId");
                return true;
            case WebhookEventField.NumberOfPropertiesMoved:
                fields.NumberOfPropertiesMoved = ReadInt32(ref reader, index, "numberOfPropertiesMoved");
                return true;
            case WebhookEventField.AssociationType:
                fields.AssociationType = ReadText(ref reader);
                return true;
            case WebhookEventField.FromObjectId:
                fields.FromObjectId = ReadInt64(ref reader, index, "fromObjectId");
                return true;
            case WebhookEventField.ToObjectId:
                fields.ToObjectId = ReadInt64(ref reader, index, "toObjectId");
                return true;
            case WebhookEventField.AssociationRemoved:
                fields.AssociationRemoved = ReadBoolean(ref reader, index, "associationRemoved");
                return true;
            case WebhookEventField.IsPrimaryAssociation:
                fields.IsPrimaryAssociation = ReadBoolean(ref reader, index, "isPrimaryAssociation");
                return true;
            case WebhookEventField.MessageId:
                fields.MessageId = ReadText(ref reader);
                return true;
            case WebhookEventField.MessageType:
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

    private static int ReadInt32(ref Utf8JsonReader reader, int index, string field)
    {
        var value = ReadInt64(ref reader, index, field);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new WebhookPayloadException($"Event {index}: '{field}' must be a whole number from {int.MinValue} to {int.MaxValue}; it is {value}.");
    }

    /// <summary>Reads milliseconds since the Unix epoch that a <see cref="DateTimeOffset"/> can hold (years 1 to 9999).</summary>
    private static long ReadUnixMilliseconds(ref Utf8JsonReader reader, int index, string field)
    {
        var value = ReadInt64(ref reader, index, field);
        return value >= FirstUnixMilliseconds && value <= LastUnixMilliseconds
            ? value
            : throw new WebhookPayloadException(
                $"Event {index}: '{field}' must be milliseconds since the Unix epoch from {FirstUnixMilliseconds} to {LastUnixMilliseconds} (years 1 to 9999); it is {value}.");
    }

    /// <summary>Reads the current token as a number, or a string holding one (HubSpot ids appear both ways).</summary>
    private static long CurrentInt64(ref Utf8JsonReader reader, int index, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= MaxNumberTextLength)
        {
            Span<byte> unescaped = stackalloc byte[MaxNumberTextLength];
            var digits = reader.ValueIsEscaped ? unescaped[..reader.CopyString(unescaped)] : reader.ValueSpan;
            if (Utf8Parser.TryParse(digits, out number, out var consumed) && consumed == digits.Length)
            {
                return number;
            }
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
