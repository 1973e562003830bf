namespace Spoke.Agents.Policy;

/// <summary>
/// The writes on an object type that a person must confirm before they reach HubSpot (the <c>"confirm"</c> list of a
/// policy rule). Dry runs never need confirmation.
/// </summary>
[Flags]
public enum ConfirmedOperations
{
    /// <summary>Nothing needs confirmation.</summary>
    None = 0,

    /// <summary>Every write: create, update, upsert, delete, and association create or remove (<c>"write"</c>).</summary>
    Write = 1,

    /// <summary>Deleting (archiving) records (<c>"delete"</c>).</summary>
    Delete = 2,

    /// <summary>Removing associations from or to records of the type (<c>"removeAssociation"</c>).</summary>
    RemoveAssociation = 4,
}
