using System.Text.Json;

namespace Spoke.Json;

/// <summary>
/// Everything an operation needs to know about a record type: its object type, how to read one record, and which
/// properties to ask for by default. One instance serves a generated record type or <see cref="CrmObject"/> of any object type,
/// so every operation is written once for typed and untyped use.
/// </summary>
/// <param name="ObjectType">The object type the records belong to.</param>
/// <param name="Read">Reads one record straight from the response bytes.</param>
/// <param name="DefaultProperties">The properties requested when the caller names none; empty lets HubSpot choose.</param>
internal sealed record RecordCodec<T>(CrmObjectType ObjectType, JsonValueReader<T> Read, IReadOnlyList<string> DefaultProperties)
    where T : CrmRecord
{
    /// <summary>The properties to request: the caller's, or the record type's own.</summary>
    public IReadOnlyList<string> PropertiesOrDefault(IEnumerable<string>? properties) =>
        properties is null ? DefaultProperties : [.. properties];
}

/// <summary>Creates <see cref="RecordCodec{T}"/> instances.</summary>
internal static class RecordCodec
{
    /// <summary>The codec of a generated record type: it asks for every property the record has a member for.</summary>
    public static RecordCodec<T> For<T>()
        where T : CrmRecord, ICrmObject<T> => TypedCodecCache<T>.Instance;

    /// <summary>The codec of untyped records of one object type: HubSpot's default properties unless the caller names some.</summary>
    public static RecordCodec<CrmObject> Untyped(CrmObjectType objectType) =>
        new(objectType, static (ref Utf8JsonReader reader) => CrmObject.ReadFrom(ref reader), []);

    private static class TypedCodecCache<T>
        where T : CrmRecord, ICrmObject<T>
    {
        public static readonly RecordCodec<T> Instance = new(T.ObjectType, T.ReadFrom, [.. T.PropertyNames]);
    }
}
