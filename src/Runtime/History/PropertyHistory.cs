namespace Spoke.History;

/// <summary>The values one property of a record held, newest first.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class PropertyHistory<T>
{
    internal PropertyHistory(string propertyName, IReadOnlyList<PropertyVersion<T>> versions)
    {
        PropertyName = propertyName;
        Versions = versions;
    }

    /// <summary>The property's wire name.</summary>
    public string PropertyName { get; }

    /// <summary>Every version HubSpot returned, newest first; empty when the property never had a value.</summary>
    public IReadOnlyList<PropertyVersion<T>> Versions { get; }

    /// <summary>The newest version, or <see langword="null"/> when there is none.</summary>
    public PropertyVersion<T>? Current => Versions.Count > 0 ? Versions[0] : null;
}
