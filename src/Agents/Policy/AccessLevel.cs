namespace Spoke.Agents.Policy;

/// <summary>How far an agent may go with one object type.</summary>
public enum AccessLevel
{
    /// <summary>No access: every call on the object type is denied.</summary>
    None = 0,

    /// <summary>Search, get, list associations and read the schema.</summary>
    Read = 1,

    /// <summary>Everything <see cref="Read"/> allows, plus create, update, upsert and association changes.</summary>
    Write = 2,
}
