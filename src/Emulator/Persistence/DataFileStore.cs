using System.Text.Json;
using Spoke.Emulator.Associations;
using Spoke.Emulator.Http;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// The data file: a snapshot of the account (records, archived ones included, associations and their labels, properties
/// created through the API, the id sequence) and the number of the first journal segment written after it.
/// </summary>
internal static class DataFileStore
{
    private const int FormatVersion = 1;

    /// <summary>The snapshot of the live account; call under the database's lock, so no write lands halfway.</summary>
    public static PooledBody Build(EmulatorState state, long journalStart) => JsonResponse.Build(writer =>
    {
        var database = state.Database;
        writer.WriteStartObject();
        writer.WriteNumber(DataFileMembers.Version, FormatVersion);
        writer.WriteNumber(DataFileMembers.LastId, database.LastId);
        writer.WriteNumber(DataFileMembers.Journal, journalStart);
        writer.WriteStartObject(DataFileMembers.CreatedProperties);
        foreach (var type in state.Schema.Types)
        {
            writer.WriteStartArray(type.TypeId);
            foreach (var property in type.Properties.Values.Where(p => p.IsCreatedThroughApi))
            {
                writer.WriteRawValue(property.Json, skipInputValidation: true);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartObject(DataFileMembers.Records);
        foreach (var type in state.Schema.Types)
        {
            writer.WriteStartArray(type.TypeId);
            foreach (var record in database.Collection(type).Records)
            {
                StoredJson.WriteRecord(writer, record);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray(DataFileMembers.Associations);
        foreach (var (fromTypeId, fromId, toTypeId, toId, typeId) in database.Associations.All())
        {
            StoredJson.WriteAssociation(writer, added: null, fromTypeId, fromId, toTypeId, toId, typeId);
        }

        writer.WriteEndArray();
        AssociationLabelsFile.Write(writer, database.AssociationTypes);
        writer.WriteEndObject();
    });

    /// <summary>
    /// Replaces the file so that a crash at any moment leaves the old file or the new one, whole: the bytes go to a
    /// temporary file, are forced to disk, and the temporary file is renamed over the old one.
    /// </summary>
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> snapshot, CancellationToken cancellationToken = default)
    {
        var temporary = path + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous))
        {
            await file.WriteAsync(snapshot, cancellationToken).ConfigureAwait(false);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads the file into <paramref name="restore"/>; returns the number of the first journal segment to replay.</summary>
    public static async Task<long> ReadAsync(string path, AccountRestore restore, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (!root.TryGetProperty(DataFileMembers.Version, out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion)
            {
                throw new InvalidDataException($"The data file \"{path}\" is not a version {FormatVersion} emulator data file. Delete it (and its .journal files) to start from a fresh account.");
            }

            return restore.ApplySnapshot(root);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            throw new InvalidDataException(
                $"The data file \"{path}\" is damaged ({exception.Message}). Delete it (and its .journal files) to start from a fresh account.", exception);
        }
    }
}
