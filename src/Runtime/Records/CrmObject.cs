using System.Text.Json;

namespace Spoke;

/// <summary>
/// A record whose object type is known only at run time (agent tools, generic code): every property is a wire string.
/// Read by the same code path as generated records.
/// </summary>
public sealed class CrmObject : CrmRecord
{
    /// <summary>All properties as received, keyed by wire name; an unset property is absent or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string?> Properties => AdditionalProperties;

    /// <summary>Reads one HubSpot record object.</summary>
    /// <param name="reader">The reader, positioned on the record's start-object token or just before it.</param>
    /// <exception cref="JsonException">The JSON is not a record object.</exception>
    public static CrmObject ReadFrom(ref Utf8JsonReader reader) => CrmRecordReader.Read(ref reader, new CrmObject());
}
