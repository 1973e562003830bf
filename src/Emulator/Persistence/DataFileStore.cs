using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Associations;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Seeding;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// Saves the account (records, associations and their labels, properties created through the API, the id sequence) to a JSON file and
/// loads it back, so a demo account survives a restart.
/// </summary>
internal static class DataFileStore
{
    private const int FormatVersion = 1;

    public static async Task SaveAsync(EmulatorState state, string path, CancellationToken cancellationToken = default)
    {
        var body = state.Database.Read(() => Http.JsonResponse.Build(writer => Write(writer, state)));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, body.WrittenMemory.ToArray(), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    public static async Task LoadAsync(EmulatorState state, string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The data file \"{path}\" is not valid JSON ({exception.Message}). Delete it to start from a fresh account.", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("version", out var version) || version.GetInt32() != FormatVersion)
            {
                throw new InvalidDataException($"The data file \"{path}\" is not a version {FormatVersion} emulator data file. Delete it to start from a fresh account.");
            }

            DataSeeder.SeedOwnersOnly(state);
            state.Database.Write(write =>
            {
                Read(write, state.Schema, root);
            });
        }
    }

    private static void Write(Utf8JsonWriter writer, EmulatorState state)
    {
        var database = state.Database;
        writer.WriteStartObject();
        writer.WriteNumber("version", FormatVersion);
        writer.WriteNumber("lastId", database.LastId);
        writer.WriteStartObject("createdProperties");
        foreach (var type in state.Schema.Types)
        {
            writer.WriteStartArray(type.TypeId);
            foreach (var property in type.Properties.Values.Where(p => p.IsCreatedThroughApi))
            {
                writer.WriteRawValue(property.Json);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("records");
        foreach (var type in state.Schema.Types)
        {
            writer.WriteStartArray(type.TypeId);
            foreach (var record in database.Collection(type).Records)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", record.Id);
                writer.WriteString("createdAt", WireFormat.Timestamp(record.CreatedAt));
                writer.WriteString("updatedAt", WireFormat.Timestamp(record.UpdatedAt));
                if (record.ArchivedAt is { } archivedAt)
                {
                    writer.WriteString("archivedAt", WireFormat.Timestamp(archivedAt));
                }

                writer.WriteStartObject("properties");
                foreach (var (name, value) in record.Properties)
                {
                    writer.WriteString(name, value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("associations");
        foreach (var (fromTypeId, fromId, toTypeId, toId, typeId) in database.Associations.All())
        {
            writer.WriteStartArray();
            writer.WriteStringValue(fromTypeId);
            writer.WriteNumberValue(fromId);
            writer.WriteStringValue(toTypeId);
            writer.WriteNumberValue(toId);
            writer.WriteNumberValue(typeId);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        AssociationLabelsFile.Write(writer, database.AssociationTypes);
        writer.WriteEndObject();
    }

    private static void Read(WriteContext write, SchemaCatalog schema, JsonElement root)
    {
        var database = write.Database;
        foreach (var group in root.GetProperty("createdProperties").EnumerateObject())
        {
            if (schema.TryResolve(group.Name, out var type))
            {
                foreach (var property in group.Value.EnumerateArray())
                {
                    type.AddProperty(PropertyDefinitionReader.Read(property, "data file", createdThroughApi: true));
                }
            }
        }

        foreach (var group in root.GetProperty("records").EnumerateObject())
        {
            if (!schema.TryResolve(group.Name, out var type))
            {
                continue;
            }

            var collection = database.Collection(type);
            foreach (var stored in group.Value.EnumerateArray())
            {
                var record = new CrmRecord(stored.GetProperty("id").GetInt64(), Instant(stored, "createdAt"))
                {
                    UpdatedAt = Instant(stored, "updatedAt"),
                    ArchivedAt = stored.TryGetProperty("archivedAt", out _) ? Instant(stored, "archivedAt") : null,
                };
                foreach (var value in stored.GetProperty("properties").EnumerateObject())
                {
                    record.Properties[value.Name] = value.Value.GetString() ?? "";
                }

                collection.Add(record);
            }
        }

        AssociationLabelsFile.Read(root, database.AssociationTypes);
        foreach (var link in root.GetProperty("associations").EnumerateArray())
        {
            database.Associations.Add(link[0].GetString()!, link[1].GetInt64(), link[2].GetString()!, link[3].GetInt64(), link[4].GetInt32());
        }

        database.EnsureIdsAbove(root.GetProperty("lastId").GetInt64());
    }

    private static DateTimeOffset Instant(JsonElement element, string name) =>
        DateTimeOffset.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
