using System.Text.Json;
using Spoke.Wire;

namespace Spoke;

/// <summary>
/// A record whose object type is known only at run time (agent tools, generic code): every property is a wire string.
/// Read by the same code path as generated records; build one in tests with <see cref="HubSpotModelFactory.CrmObject"/>.
/// </summary>
public sealed class CrmObject : CrmRecord
{
    /// <summary>All properties as received, keyed by wire name; an unset property is absent or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string?> Properties => AdditionalProperties;

    /// <summary>Reads one HubSpot record object, from a reader positioned on its start-object token or just before it.</summary>
    /// <exception cref="JsonException">The JSON is not a record object.</exception>
    internal static CrmObject ReadFrom(ref Utf8JsonReader reader) => CrmRecordReader.Read(ref reader, new CrmObject());
}
