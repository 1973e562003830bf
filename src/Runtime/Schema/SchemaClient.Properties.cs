using Spoke.Batch;
using Spoke.Http;

namespace Spoke.Schema;

/// <summary>Property definitions: read one, create, change and archive, one at a time or in batches.</summary>
public partial class SchemaClient
{
    /// <summary>Reads one property definition.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="name">The property's internal name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="HubSpotException">404 when the object type has no live property of that name.</exception>
    public virtual async Task<CrmProperty> GetPropertyAsync(CrmObjectType objectType, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var request = new HubSpotRequest(HttpMethod.Get, PropertyPaths.Property(objectType, PathName(name)), RequestKind.Read);
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPropertyReader.Read(response.Content);
    }

    /// <summary>
    /// Creates a property definition. Not retried once it may have reached HubSpot: a repeat would be refused as a duplicate.
    /// </summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="property">The definition.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new definition as HubSpot holds it.</returns>
    /// <exception cref="ArgumentException">The name, label, type and field type, group name or options are ones HubSpot refuses; the message says which.</exception>
    /// <exception cref="HubSpotException">HubSpot refused it: 409 when a property (even an archived one) has the name, 400 for a group that does not exist.</exception>
    public virtual async Task<CrmProperty> CreatePropertyAsync(CrmObjectType objectType, CrmPropertyInput property, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        PropertyDefinitionRules.Check(property, nameof(property));
        var request = HubSpotRequest.WithJson(
            HttpMethod.Post, CrmPaths.Properties(objectType), RequestKind.NonIdempotentWrite, writer => PropertyDefinitionJson.WriteCreate(writer, property));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPropertyReader.Read(response.Content);
    }

    /// <summary>Changes a property definition; what the update leaves null stays as it is.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="name">The property's internal name.</param>
    /// <param name="update">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The definition as HubSpot now holds it.</returns>
    /// <exception cref="ArgumentException">Nothing to change, or a change HubSpot refuses (a label left empty, a type with a field type it does not pair).</exception>
    /// <exception cref="HubSpotException">404 for an unknown property; 400 when the definition is HubSpot's and read-only.</exception>
    public virtual async Task<CrmProperty> UpdatePropertyAsync(CrmObjectType objectType, string name, CrmPropertyUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var path = PropertyPaths.Property(objectType, PathName(name));
        PropertyDefinitionRules.Check(update, nameof(update));
        var request = HubSpotRequest.WithJson(HttpMethod.Patch, path, RequestKind.IdempotentWrite, writer => PropertyDefinitionJson.WriteUpdate(writer, update));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPropertyReader.Read(response.Content);
    }

    /// <summary>Archives a property definition: records no longer take values for it, and lists leave it out.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="name">The property's internal name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has archived it.</returns>
    /// <exception cref="HubSpotException">404 when no live property has the name (use <see cref="BatchArchivePropertiesAsync"/> to archive whatever exists); 400 for HubSpot's own properties that cannot be archived.</exception>
    public virtual Task ArchivePropertyAsync(CrmObjectType objectType, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var request = new HubSpotRequest(HttpMethod.Delete, PropertyPaths.Property(objectType, PathName(name)), RequestKind.IdempotentWrite);
        return Client.SendCoreAsync(request, cancellationToken);
    }

    /// <summary>
    /// Creates any number of property definitions, in requests of <see cref="HubSpotLimits.MaxBatchSize"/>. An input HubSpot
    /// would refuse (see <see cref="CreatePropertyAsync"/>), or that repeats the name of an earlier input, fails on its own
    /// before anything is sent; HubSpot applies each request all or nothing, so one input it refuses fails the others of its request.
    /// </summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="properties">The definitions.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per input, in input order, with the definition HubSpot created or the error.</returns>
    public virtual Task<BatchResult<CrmPropertyInput, CrmProperty>> BatchCreatePropertiesAsync(
        CrmObjectType objectType, IEnumerable<CrmPropertyInput> properties, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(properties);
        List<CrmPropertyInput> inputs = [.. properties];
        var firstIndexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = inputs.Select((input, index) =>
        {
            if (input?.Name is { } name)
            {
                firstIndexByName.TryAdd(name, index);
            }

            return new BatchInputItem<CrmPropertyInput>(index, input!, TraceId: null, UniqueValue: input?.Name);
        }).ToList();
        return BatchRunner.RunAsync<CrmPropertyInput, CrmProperty>(
            items,
            HubSpotLimits.MaxBatchSize,
            item => RejectCreate(item, firstIndexByName),
            async (chunk, outcomes, token) =>
            {
                var request = HubSpotRequest.WithJson(HttpMethod.Post, PropertyPaths.Batch(objectType, "create"), RequestKind.NonIdempotentWrite, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteStartArray("inputs");
                    foreach (var item in chunk)
                    {
                        PropertyDefinitionJson.WriteCreate(writer, item.Input);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                var response = await Client.SendCoreAsync(request, token).ConfigureAwait(false);
                BatchOutcomeMatcher.Match(chunk, ReadBatch(response), BatchMatching<CrmPropertyInput, CrmProperty>.Distinct, outcomes);
            },
            () => Client.ConcurrencyFor(RequestKind.NonIdempotentWrite),
            options,
            cancellationToken);
    }

    /// <summary>Reads any number of property definitions by name, in requests of <see cref="HubSpotLimits.MaxBatchSize"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="names">The internal names.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per name, in input order; a name the object type has no live property for is a failure, not an exception.</returns>
    public virtual Task<BatchResult<string, CrmProperty>> BatchReadPropertiesAsync(
        CrmObjectType objectType, IEnumerable<string> names, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(names);
        var items = names.Select((name, index) => new BatchInputItem<string>(index, name, TraceId: null, UniqueValue: name)).ToList();
        return BatchRunner.RunAsync<string, CrmProperty>(
            items,
            HubSpotLimits.MaxBatchSize,
            static item => string.IsNullOrWhiteSpace(item.Input) ? BatchErrors.Rejected("The property name is empty.") : null,
            async (chunk, outcomes, token) =>
            {
                var request = HubSpotRequest.WithJson(
                    HttpMethod.Post, PropertyPaths.Batch(objectType, "read"), RequestKind.Read, writer => PropertyDefinitionJson.WriteNames(writer, chunk.Select(static item => item.Input)));
                var response = await Client.SendCoreAsync(request, token).ConfigureAwait(false);
                BatchOutcomeMatcher.Match(chunk, ReadBatch(response), BatchMatching<string, CrmProperty>.Shared, outcomes);
            },
            () => Client.ConcurrencyFor(RequestKind.Read),
            options,
            cancellationToken);
    }

    /// <summary>
    /// Archives any number of property definitions by name, in requests of <see cref="HubSpotLimits.MaxBatchSize"/>. As on
    /// HubSpot, names already archived or unknown are no error.
    /// </summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="names">The internal names.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when HubSpot has archived every named property.</returns>
    /// <exception cref="ArgumentException">A name is empty.</exception>
    public virtual async Task BatchArchivePropertiesAsync(CrmObjectType objectType, IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(names);
        List<string> list = [.. names.Distinct(StringComparer.Ordinal)];
        foreach (var name in list)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(names));
        }

        foreach (var chunk in list.Chunk(HubSpotLimits.MaxBatchSize))
        {
            var request = HubSpotRequest.WithJson(
                HttpMethod.Post, PropertyPaths.Batch(objectType, "archive"), RequestKind.IdempotentWrite, writer => PropertyDefinitionJson.WriteNames(writer, chunk));
            await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    private static BatchResponse<CrmProperty> ReadBatch(HubSpotResponse response) =>
        BatchResponseReader.ReadEnvelope(response.Content, static (ref System.Text.Json.Utf8JsonReader reader) =>
        {
            var property = CrmPropertyReader.ReadProperty(ref reader);
            return new BatchResultEntry<CrmProperty>(property, Id: null, TraceId: null, UniqueValue: property.Name, IsNew: null);
        });

    private static BatchItemError? RejectCreate(BatchInputItem<CrmPropertyInput> item, Dictionary<string, int> firstIndexByName)
    {
        try
        {
            PropertyDefinitionRules.Check(item.Input, "properties");
        }
        catch (ArgumentException exception)
        {
            return BatchErrors.Rejected(exception.Message, exception);
        }

        return firstIndexByName[item.Input.Name] != item.Index
            ? BatchErrors.Rejected($"Input {firstIndexByName[item.Input.Name]} of this batch already creates a property named '{item.Input.Name}'; each name may be created once.")
            : null;
    }

    // "groups" as a single name is HubSpot's property groups endpoint, not a property; "." and ".." are resolved away by the URI.
    private static string PathName(string name)
    {
        PropertyDefinitionRules.ValidExistingName(name, "property", nameof(name));
        return name == "groups"
            ? throw new ArgumentException("A property named 'groups' cannot be addressed alone: its path is HubSpot's property groups endpoint. Use the batch methods for it.", nameof(name))
            : name;
    }
}
