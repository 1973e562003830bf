namespace Spoke.Agents.Policy;

/// <summary>What a tool call does to an object type, as far as the policy is concerned.</summary>
internal enum RecordOperation
{
    /// <summary>Reads records, associations or the schema.</summary>
    Read,

    /// <summary>Creates or changes records or associations.</summary>
    Write,

    /// <summary>Archives (deletes) records.</summary>
    Delete,
}
