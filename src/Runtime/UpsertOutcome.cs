namespace Spoke;

/// <summary>What an upsert did to its record.</summary>
public enum UpsertOutcome
{
    /// <summary>This call created the record.</summary>
    Created,

    /// <summary>The record existed before this call, which updated it.</summary>
    Updated,

    /// <summary>
    /// HubSpot reported an update, but an earlier attempt of this call, whose answer was lost or was a 408 or 5xx, may have
    /// created the record, so it may be new. (Also used when HubSpot's answer does not say whether it created the record.)
    /// </summary>
    CreatedOrUpdated,
}
