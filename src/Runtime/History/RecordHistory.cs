using Spoke.Wire;

namespace Spoke.History;

/// <summary>
/// The history of the properties asked for of one record (<c>propertiesWithHistory</c>). <see cref="Get{TValue}"/> gives each
/// property's versions typed as the generated record's member; <see cref="Raw"/> gives the wire strings.
/// </summary>
public sealed class RecordHistory
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<PropertyVersion<string>>> _versions;
    private readonly Func<string, PropertyDecoder?>? _decoderOf;

    /// <param name="id">The record id.</param>
    /// <param name="objectType">The record's object type.</param>
    /// <param name="versions">Each property's versions, newest first.</param>
    /// <param name="decoderOf">The record type's decoder of a property (null when it has no member for it); null for an untyped read.</param>
    internal RecordHistory(
        string id, CrmObjectType objectType, IReadOnlyDictionary<string, IReadOnlyList<PropertyVersion<string>>> versions, Func<string, PropertyDecoder?>? decoderOf)
    {
        Id = id;
        ObjectType = objectType;
        _versions = versions;
        _decoderOf = decoderOf;
    }

    /// <summary>The record id.</summary>
    public string Id { get; }

    /// <summary>The record's object type.</summary>
    public CrmObjectType ObjectType { get; }

    /// <summary>The properties HubSpot returned history for, by wire name (names the object type does not have are left out, as HubSpot does).</summary>
    public IEnumerable<string> PropertyNames => _versions.Keys;

    /// <summary>The versions of a property as HubSpot sent them.</summary>
    /// <param name="propertyName">The property's wire name.</param>
    /// <returns>The history; no versions when HubSpot returned none for the name.</returns>
    public PropertyHistory<string> Raw(string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        return new(propertyName, _versions.GetValueOrDefault(propertyName) ?? []);
    }

    /// <summary>
    /// The versions of a property, each value decoded as the generated record's member decodes it: pass the member's type,
    /// for example <c>Get&lt;decimal?&gt;("amount")</c> or <c>Get&lt;Picklist&lt;DealStage&gt;?&gt;("dealstage")</c>. A value that
    /// does not fit the property's type keeps its <see cref="PropertyVersion{T}.WireValue"/> and has a default
    /// <see cref="PropertyVersion{T}.Value"/>.
    /// </summary>
    /// <typeparam name="TValue">The generated member's type; <see cref="string"/> always works.</typeparam>
    /// <param name="propertyName">The property's wire name.</param>
    /// <returns>The typed history.</returns>
    /// <exception cref="InvalidOperationException">
    /// The history was read untyped and <typeparamref name="TValue"/> is not <see cref="string"/>, or the record type has no member for the property.
    /// </exception>
    /// <exception cref="ArgumentException">The property's values are of another type than <typeparamref name="TValue"/>; the message names it.</exception>
    public PropertyHistory<TValue> Get<TValue>(string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        var raw = Raw(propertyName);
        if (typeof(TValue) == typeof(string) && _decoderOf is null)
        {
            return (PropertyHistory<TValue>)(object)raw;
        }

        if (_decoderOf is null)
        {
            throw new InvalidOperationException(
                $"This history of {ObjectType.Name} {Id} was read untyped, so '{propertyName}' can only be read as string; read it with GetHistoryAsync<TRecord> for typed values.");
        }

        var decode = _decoderOf(propertyName) ?? throw new InvalidOperationException(
            $"The generated {ObjectType.Name} record has no member for '{propertyName}', so its values have no type; read them with Raw(\"{propertyName}\").");
        return new(propertyName, [.. raw.Versions.Select(version => Typed<TValue>(propertyName, version, decode))]);
    }

    private static PropertyVersion<TValue> Typed<TValue>(string propertyName, PropertyVersion<string> version, PropertyDecoder decode)
    {
        TValue? value = default;
        if (decode(version.WireValue, out var decoded) && decoded is not null)
        {
            value = decoded is TValue typed
                ? typed
                : throw new ArgumentException(
                    $"'{propertyName}' holds {decoded.GetType().Name} values, not {typeof(TValue).Name}; call Get<{decoded.GetType().Name}> (or its nullable form).",
                    nameof(TValue));
        }

        return new PropertyVersion<TValue>(value, version.WireValue, version.Timestamp, version.SourceType, version.SourceId, version.SourceLabel, version.UpdatedByUserId);
    }
}
