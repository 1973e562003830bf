using Spoke.History;
using Spoke.Http;
using Spoke.Wire;

namespace Spoke;

/// <summary>Property history (<c>propertiesWithHistory</c>): every value a record's properties held, typed per property.</summary>
public partial class HubSpotClient
{
    /// <summary>
    /// Reads the history of some properties of a record: each value the property held, newest first, with when and by what
    /// source it was set. <see cref="RecordHistory.Get{TValue}"/> decodes the values as <typeparamref name="T"/>'s members do.
    /// </summary>
    /// <typeparam name="T">The generated record type, for example <c>Deal</c>.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The properties whose history to read, for example <c>[Deal.Properties.DealStage, Deal.Properties.Amount]</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The history of each property the object type has (HubSpot leaves unknown names out).</returns>
    /// <exception cref="ArgumentException">No property was named, or the names do not fit in a URL.</exception>
    /// <exception cref="HubSpotException">404 when the record does not exist.</exception>
    public virtual Task<RecordHistory> GetHistoryAsync<T>(string id, IEnumerable<string> properties, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> =>
        GetHistoryCoreAsync(T.ObjectType, id, properties, name => T.TryDecodeProperty(name, null, out _) ? (string? wire, out object? value) => T.TryDecodeProperty(name, wire, out value) : null, cancellationToken);

    /// <summary>Reads the history of some properties of a record of any object type; values are the wire strings. See <see cref="GetHistoryAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The properties whose history to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The history of each property the object type has.</returns>
    /// <exception cref="ArgumentException">No property was named, or the names do not fit in a URL.</exception>
    /// <exception cref="HubSpotException">404 when the record does not exist.</exception>
    public virtual Task<RecordHistory> GetHistoryAsync(CrmObjectType objectType, string id, IEnumerable<string> properties, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return GetHistoryCoreAsync(objectType, id, properties, decoderOf: null, cancellationToken);
    }

    private async Task<RecordHistory> GetHistoryCoreAsync(
        CrmObjectType objectType, string id, IEnumerable<string> properties, Func<string, PropertyDecoder?>? decoderOf, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(properties);
        var names = properties.Where(static name => !string.IsNullOrWhiteSpace(name)).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            throw new ArgumentException("Name at least one property whose history to read.", nameof(properties));
        }

        // Only hs_object_id among the current values: the history is what was asked for.
        var request = new HubSpotRequest(HttpMethod.Get, CrmPaths.Object(objectType, id), RequestKind.Read)
        {
            Query = [new("properties", "hs_object_id"), new("propertiesWithHistory", string.Join(',', names))],
        };
        if (!RequestUriBuilder.Fits(BaseAddress, request))
        {
            throw new ArgumentException(
                $"The history of {names.Count} properties does not fit in one request URL; ask for fewer properties per call.", nameof(properties));
        }

        var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var (recordId, versions) = HistoryReader.Read(response.Content);
        return new RecordHistory(recordId, objectType, versions, decoderOf);
    }
}
