using Spoke.Http;

namespace Spoke.Schema;

/// <summary>
/// The account's schema, through <see cref="HubSpotClient.Schema"/>: the live property definitions of any object type,
/// drift from the schema the code was generated from, and the management of property definitions and property groups.
/// Every call goes through the client's rate limiter, retries and errors; what HubSpot refuses is a <see cref="HubSpotException"/>,
/// and what it would refuse for certain is an <see cref="ArgumentException"/> before anything is sent.
/// </summary>
/// <remarks>Every method is virtual: derive from this class with the protected constructor to fake it in tests.</remarks>
public partial class SchemaClient
{
    private readonly HubSpotClient? _client;

    /// <summary>Creates a schema client for mocking: every member a derived test double does not override throws <see cref="InvalidOperationException"/>.</summary>
    protected SchemaClient()
    {
    }

    internal SchemaClient(HubSpotClient client) => _client = client;

    /// <summary>Reads the live property definitions of an object type: names, labels, types, groups, descriptions and picklist options.</summary>
    /// <param name="objectType">The object type, for example <see cref="CrmObjectType.Contacts"/> or a custom object's type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema, with the properties by name and by group.</returns>
    public virtual Task<CrmObjectSchema> GetSchemaAsync(CrmObjectType objectType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return GetSchemaCoreAsync(objectType, cancellationToken);
    }

    /// <summary>
    /// Compares the live schema of an object type with the schema the code was generated from, for example to log drift at start-up.
    /// </summary>
    /// <param name="expected">The schema the code was generated from.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The differences; <see cref="SchemaDrift.HasBreakingChanges"/> tells whether generated code may fail.</returns>
    public virtual Task<SchemaDrift> GetDriftAsync(CrmObjectSchema expected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return GetDriftCoreAsync(expected, cancellationToken);
    }

    /// <summary>
    /// Compares the live schema of <typeparamref name="T"/>'s object type with the snapshot the type was generated from.
    /// Call it at start-up and log the result: <see cref="SchemaDrift.HasBreakingChanges"/> means generated code may fail.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The differences.</returns>
    public virtual Task<SchemaDrift> GetDriftAsync<T>(CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>, IGeneratedSchema =>
        GetDriftCoreAsync(T.GeneratedSchema, cancellationToken);

    private HubSpotClient Client => _client ?? throw MockingErrors.NotOverridden(this);

    private async Task<CrmObjectSchema> GetSchemaCoreAsync(CrmObjectType objectType, CancellationToken cancellationToken)
    {
        var request = new HubSpotRequest(HttpMethod.Get, CrmPaths.Properties(objectType), RequestKind.Read);
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return new CrmObjectSchema(objectType, CrmPropertyReader.ReadAll(response.Content));
    }

    private async Task<SchemaDrift> GetDriftCoreAsync(CrmObjectSchema expected, CancellationToken cancellationToken)
    {
        var live = await GetSchemaCoreAsync(expected.ObjectType, cancellationToken).ConfigureAwait(false);
        return SchemaDrift.Compare(expected, live);
    }
}
