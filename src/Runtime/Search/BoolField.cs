using Spoke.Wire;

namespace Spoke.Search;

/// <summary>A boolean property in a search.</summary>
/// <param name="propertyName">The property's wire name.</param>
public readonly struct BoolField(string propertyName) : ISearchField
{
    /// <inheritdoc/>
    public string PropertyName => propertyName;

    /// <summary>Equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Eq(bool value) => SearchFilter.Create(propertyName, SearchOperator.Eq, WireFormat.EncodeBool(value));

    /// <summary>Not equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Neq(bool value) => SearchFilter.Create(propertyName, SearchOperator.Neq, WireFormat.EncodeBool(value));

    /// <summary>Has a value.</summary>
    public SearchFilter HasProperty() => SearchFilter.Create(propertyName, SearchOperator.HasProperty);

    /// <summary>Has no value.</summary>
    public SearchFilter NotHasProperty() => SearchFilter.Create(propertyName, SearchOperator.NotHasProperty);
}
