using System.Globalization;
using System.Text.Json;
using Spoke.Json;

namespace Spoke.Owners;

/// <summary>Reads HubSpot's <c>PublicOwner</c> (<c>{id, email, firstName, lastName, type, userId, archived, teams, …}</c>).</summary>
internal static class OwnerReader
{
    public static HubSpotOwner Read(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "an owner object");
        string? id = null, email = null, firstName = null, lastName = null, type = null;
        long? userId = null;
        var archived = false;
        List<HubSpotOwnerTeam> teams = [];
        DateTimeOffset? createdAt = null, updatedAt = null;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("email"u8))
            {
                email = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("firstName"u8))
            {
                firstName = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("lastName"u8))
            {
                lastName = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                type = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("userId"u8))
            {
                userId = JsonObjectWalker.ReadInt64Value(ref reader);
            }
            else if (reader.ValueTextEquals("archived"u8))
            {
                archived = JsonObjectWalker.ReadBoolValue(ref reader);
            }
            else if (reader.ValueTextEquals("teams"u8))
            {
                reader.Read();
                teams = reader.TokenType == JsonTokenType.StartArray ? JsonObjectWalker.ReadArray(ref reader, ReadTeam, "the teams array") : Skipped(ref reader);
            }
            else if (reader.ValueTextEquals("createdAt"u8))
            {
                reader.Read();
                createdAt = ReadTime(ref reader);
            }
            else if (reader.ValueTextEquals("updatedAt"u8))
            {
                reader.Read();
                updatedAt = ReadTime(ref reader);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return new HubSpotOwner
        {
            Id = id ?? throw new JsonException("HubSpot returned an owner without an id."),
            Email = email,
            FirstName = firstName,
            LastName = lastName,
            Type = type,
            UserId = userId,
            Archived = archived,
            Teams = teams,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }

    private static HubSpotOwnerTeam ReadTeam(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a team object");
        string? id = null, name = null;
        var primary = false;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("primary"u8))
            {
                primary = JsonObjectWalker.ReadBoolValue(ref reader);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return new HubSpotOwnerTeam(id ?? throw new JsonException("HubSpot returned a team without an id."), name, primary);
    }

    private static DateTimeOffset? ReadTime(ref Utf8JsonReader reader)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        reader.Skip();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }

    private static List<HubSpotOwnerTeam> Skipped(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return [];
    }
}
