namespace Spoke.Search;

/// <summary>A search for records of type <typeparamref name="TRecord"/>, ready to send.</summary>
/// <typeparam name="TRecord">The generated record type the results are read into.</typeparam>
public interface ISearchQuery<TRecord>
    where TRecord : CrmRecord, ICrmObject<TRecord>
{
    /// <summary>The request body, already checked against <see cref="HubSpotLimits"/>.</summary>
    SearchRequest Request { get; }
}
