using Spoke.Wire;

namespace Spoke.Search;

/// <summary>A number property in a search.</summary>
/// <param name="propertyName">The property's wire name.</param>
public readonly struct NumberField(string propertyName) : ISearchField
{
    /// <inheritdoc/>
    public string PropertyName => propertyName;

    /// <summary>Equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Eq(decimal value) => Single(SearchOperator.Eq, value);

    /// <summary>Not equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Neq(decimal value) => Single(SearchOperator.Neq, value);

    /// <summary>Less than <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Lt(decimal value) => Single(SearchOperator.Lt, value);

    /// <summary>Less than or equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Lte(decimal value) => Single(SearchOperator.Lte, value);

    /// <summary>Greater than <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Gt(decimal value) => Single(SearchOperator.Gt, value);

    /// <summary>Greater than or equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Gte(decimal value) => Single(SearchOperator.Gte, value);

    /// <summary>From <paramref name="low"/> to <paramref name="high"/>, inclusive.</summary>
    /// <param name="low">The low end.</param>
    /// <param name="high">The high end.</param>
    public SearchFilter Between(decimal low, decimal high) =>
        SearchFilter.Create(propertyName, SearchOperator.Between, WireFormat.EncodeNumber(low), WireFormat.EncodeNumber(high));

    /// <summary>Equal to one of <paramref name="values"/>.</summary>
    /// <param name="values">The values.</param>
    public SearchFilter In(params decimal[] values) => Set(SearchOperator.In, values);

    /// <summary>Equal to none of <paramref name="values"/>.</summary>
    /// <param name="values">The values.</param>
    public SearchFilter NotIn(params decimal[] values) => Set(SearchOperator.NotIn, values);

    /// <summary>Has a value.</summary>
    public SearchFilter HasProperty() => SearchFilter.Create(propertyName, SearchOperator.HasProperty);

    /// <summary>Has no value.</summary>
    public SearchFilter NotHasProperty() => SearchFilter.Create(propertyName, SearchOperator.NotHasProperty);

    private SearchFilter Single(SearchOperator searchOperator, decimal value) =>
        SearchFilter.Create(propertyName, searchOperator, WireFormat.EncodeNumber(value));

    private SearchFilter Set(SearchOperator searchOperator, decimal[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return SearchFilter.Create(propertyName, searchOperator, values: Array.ConvertAll(values, static v => WireFormat.EncodeNumber(v)));
    }
}
