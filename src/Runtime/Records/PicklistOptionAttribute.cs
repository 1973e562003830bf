namespace Spoke;

/// <summary>Ties a generated picklist enum member to the option's wire value in HubSpot.</summary>
/// <param name="wireValue">The option's internal value, as sent on the wire.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class PicklistOptionAttribute(string wireValue) : Attribute
{
    /// <summary>The option's internal value, as sent on the wire.</summary>
    public string WireValue { get; } = wireValue;

    /// <summary>Whether the option is hidden in HubSpot's forms; records can still hold it.</summary>
    public bool Hidden { get; init; }
}
