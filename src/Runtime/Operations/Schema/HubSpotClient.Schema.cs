using Spoke.Operations.Http;
using Spoke.Schema;

namespace Spoke;

public sealed partial class HubSpotClient
{
    /// <summary>Reads the live property definitions of an object type: names, labels, types, groups, descriptions and picklist options.</summary>
    /// <param name="objectType">The object type, for example <see cref="CrmObjectType.Contacts"/> or a custom object's type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema, with the properties by name and by group.</returns>
    public async Task<CrmObjectSchema> GetSchemaAsync(CrmObjectType objectType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var request = new HubSpotRequest(HttpMethod.Get, CrmPaths.Properties(objectType), RequestKind.Read);
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return new CrmObjectSchema(objectType, CrmPropertyReader.ReadAll(response.Body));
    }

    /// <summary>
    /// Compares the live schema of an object type with the schema the code was generated from, for example to log drift at start-up.
    /// </summary>
    /// <param name="expected">The schema the code was generated from.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The differences; <see cref="SchemaDrift.HasBreakingChanges"/> tells whether generated code may fail.</returns>
    public async Task<SchemaDrift> GetSchemaDriftAsync(CrmObjectSchema expected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var live = await GetSchemaAsync(expected.ObjectType, cancellationToken).ConfigureAwait(false);
        return SchemaDrift.Compare(expected, live);
    }

    /// <summary>
    /// Compares the live schema of <typeparamref name="T"/>'s object type with the snapshot the type was generated from.
    /// Call it at start-up and log the result: <see cref="SchemaDrift.HasBreakingChanges"/> means generated code may fail.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The differences.</returns>
    public Task<SchemaDrift> GetSchemaDriftAsync<T>(CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>, IGeneratedSchema =>
        GetSchemaDriftAsync(T.GeneratedSchema, cancellationToken);
}
