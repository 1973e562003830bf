using System.Text.Json;
using Spoke.Emulator.Associations;
using Spoke.Emulator.Http;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// The data file: a snapshot of the account (records, archived ones included, associations and their labels, pipelines,
/// property groups, properties created, changed or archived through the API, the id sequence) and the number of the first journal segment written after it.
/// </summary>
internal static class DataFileStore
{
    private const int FormatVersion = 1;

    /// <summary>How many records are copied per hold of the read lock: short enough that writes waiting for it barely notice.</summary>
    private const int RecordsPerHold = 1_024;

    /// <summary>
    /// Writes a snapshot of the live account to <paramref name="path"/>, taken while writes go on, and returns its size.
    /// <paramref name="startJournal"/> runs first, under the database's read lock, and names the journal segment that
    /// starts there; the account's shape (which records exist, the associations, labels and id sequence) is copied under
    /// the same hold, and the records are then written a chunk at a time, each chunk under the read lock. A record may so
    /// be saved in a state newer than the start, but every change after the start is in the journal from that segment
    /// on, and replaying a change (whole record states, association adds and removes) onto a state that already has it
    /// changes nothing, so the snapshot plus that journal is exact. The snapshot streams to a temporary file, which is
    /// forced to disk and renamed over <paramref name="path"/>, so a crash at any moment leaves the old file or the new
    /// one, whole. Call with no lock held.
    /// </summary>
    public static long Write(EmulatorState state, string path, Func<long> startJournal, CancellationToken cancellationToken = default)
    {
        var database = state.Database;
        var (journalStart, lastId, records, associations, labels, settings) = database.Read(() =>
        {
            using var labelsJson = JsonResponse.Build(writer => AssociationLabelsFile.WriteValue(writer, database.AssociationTypes));
            // Pipelines and property groups change in place, so they are copied under the same hold.
            using var settingsJson = JsonResponse.Build(writer =>
            {
                writer.WriteStartObject();
                PipelinesFile.Write(writer, database.Pipelines, state.Schema.Types.Where(database.Pipelines.Supports));
                PropertyGroupsFile.Write(writer, database.PropertyGroups, state.Schema.Types);
                writer.WriteEndObject();
            });
            return (
                startJournal(),
                database.LastId,
                state.Schema.Types.Select(type => (type, database.Collection(type).Records.ToArray())).ToList(),
                database.Associations.All().ToList(),
                labelsJson.WrittenMemory.ToArray(),
                settingsJson.WrittenMemory.ToArray());
        });

        var temporary = path + ".tmp";
        long length;
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1024 * 1024))
        {
            using (var writer = new Utf8JsonWriter(file, new JsonWriterOptions { SkipValidation = true, Encoder = JsonResponse.RelaxedEncoder }))
            {
                writer.WriteStartObject();
                writer.WriteNumber(DataFileMembers.Version, FormatVersion);
                writer.WriteNumber(DataFileMembers.LastId, lastId);
                writer.WriteNumber(DataFileMembers.Journal, journalStart);
                writer.WriteStartObject(DataFileMembers.CreatedProperties);
                foreach (var type in state.Schema.Types)
                {
                    writer.WriteStartArray(type.TypeId);
                    foreach (var property in type.Properties.Values.Concat(type.ArchivedProperties.Values).Where(p => p.IsDefinedThroughApi))
                    {
                        writer.WriteRawValue(property.Json, skipInputValidation: true);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
                writer.WriteStartObject(DataFileMembers.Records);
                foreach (var (type, typeRecords) in records)
                {
                    writer.WriteStartArray(type.TypeId);
                    foreach (var chunk in typeRecords.Chunk(RecordsPerHold))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        database.Read(() =>
                        {
                            foreach (var record in chunk)
                            {
                                StoredJson.WriteRecord(writer, record);
                            }

                            return 0;
                        });

                        // Out of the lock: the chunk leaves the writer's buffer for the file's.
                        writer.Flush();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
                writer.WriteStartArray(DataFileMembers.Associations);
                foreach (var (fromTypeId, fromId, toTypeId, toId, typeId) in associations)
                {
                    StoredJson.WriteAssociation(writer, added: null, fromTypeId, fromId, toTypeId, toId, typeId);
                }

                writer.WriteEndArray();
                writer.WritePropertyName(AssociationLabelsFile.MemberName);
                writer.WriteRawValue(labels, skipInputValidation: true);
                using (var members = JsonDocument.Parse(settings))
                {
                    foreach (var member in members.RootElement.EnumerateObject())
                    {
                        member.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            file.Flush(flushToDisk: true);
            length = file.Length;
        }

        File.Move(temporary, path, overwrite: true);
        return length;
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
