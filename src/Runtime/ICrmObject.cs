using System.ComponentModel;
using System.Text.Json;

namespace Spoke;

/// <summary>
/// Implemented by every generated record: what the runtime needs to know about a CRM object type without reflection.
/// </summary>
/// <typeparam name="TSelf">The generated record type.</typeparam>
public interface ICrmObject<TSelf>
    where TSelf : CrmRecord, ICrmObject<TSelf>
{
    /// <summary>The object type the record belongs to.</summary>
    static abstract CrmObjectType ObjectType { get; }

    /// <summary>The wire names of every property the record has a typed member for, in ordinal order.</summary>
    static abstract IReadOnlyList<string> PropertyNames { get; }

    /// <summary>
    /// Reads one HubSpot record (<c>SimplePublicObject</c>: <c>id</c>, <c>properties</c>, <c>createdAt</c>, <c>updatedAt</c>,
    /// <c>archived</c>, <c>archivedAt</c>, <c>associations</c>) straight into the record, without an intermediate dictionary.
    /// </summary>
    /// <param name="reader">The reader, positioned on the record's start-object token or just before it.</param>
    /// <exception cref="JsonException">The JSON is not a record object.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static abstract TSelf ReadFrom(ref Utf8JsonReader reader);

    /// <summary>
    /// Decodes one property from its wire string into the value its typed member would hold (for example a webhook's
    /// <c>propertyValue</c>): <see cref="string"/>, <see cref="decimal"/>, <see cref="bool"/>, <see cref="DateOnly"/>,
    /// <see cref="DateTimeOffset"/>, a <see cref="Picklist{TEnum}"/> or a list of them.
    /// </summary>
    /// <param name="propertyName">The property's wire name.</param>
    /// <param name="wireValue">The value as HubSpot sends it; empty or <see langword="null"/> decodes to <see langword="null"/>.</param>
    /// <param name="value">The typed value, or <see langword="null"/> for an empty value.</param>
    /// <returns><see langword="false"/> when the record has no member for the property or the value does not fit its type.</returns>
    static abstract bool TryDecodeProperty(string propertyName, string? wireValue, out object? value);
}
