namespace Spoke.Agents.Policy;

/// <summary>What one agent may do with one object type.</summary>
/// <param name="Access">The access level.</param>
/// <param name="AllowDelete">Whether the agent may delete records; writing alone does not grant it.</param>
/// <param name="AllowedProperties">When not empty, the only properties the agent may write.</param>
/// <param name="DeniedProperties">Properties the agent may never write.</param>
public sealed record ObjectAccessRule(
    AccessLevel Access,
    bool AllowDelete,
    IReadOnlySet<string> AllowedProperties,
    IReadOnlySet<string> DeniedProperties)
{
    /// <summary>The writes a person must confirm before they reach HubSpot; <see cref="ConfirmedOperations.None"/> by default.</summary>
    public ConfirmedOperations Confirm { get; init; }

    /// <summary>
    /// When set, an upsert of more than this many records must be confirmed by a person, whatever <see cref="Confirm"/> says.
    /// </summary>
    public int? ConfirmBatchesOver { get; init; }

    // Declared before Denied: static initializers run in order, and Denied is built from it.
    private static readonly IReadOnlySet<string> EmptyNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rule applied to object types the policy does not mention.</summary>
    public static ObjectAccessRule Denied { get; } = FromLevel(AccessLevel.None);

    /// <summary>A rule with only an access level: no delete, no property lists.</summary>
    /// <param name="access">The access level.</param>
    /// <returns>The rule.</returns>
    public static ObjectAccessRule FromLevel(AccessLevel access) =>
        new(access, AllowDelete: false, EmptyNames, EmptyNames);

    /// <summary>Whether this rule lets the agent write the named property.</summary>
    /// <param name="propertyName">The HubSpot property name.</param>
    /// <returns><see langword="true"/> when the property may be written.</returns>
    internal bool MayWriteProperty(string propertyName) =>
        !DeniedProperties.Contains(propertyName)
        && (AllowedProperties.Count == 0 || AllowedProperties.Contains(propertyName));

}
