using Spoke.Wire;

namespace Spoke.Search;

/// <summary>A datetime property in a search; values are sent as epoch milliseconds, as HubSpot search expects.</summary>
/// <param name="propertyName">The property's wire name.</param>
public readonly struct DateTimeField(string propertyName) : ISearchField
{
    /// <inheritdoc/>
    public string PropertyName => propertyName;

    /// <summary>Equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Eq(DateTimeOffset value) => Single(SearchOperator.Eq, value);

    /// <summary>Not equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Neq(DateTimeOffset value) => Single(SearchOperator.Neq, value);

    /// <summary>Before <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Lt(DateTimeOffset value) => Single(SearchOperator.Lt, value);

    /// <summary>On or before <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Lte(DateTimeOffset value) => Single(SearchOperator.Lte, value);

    /// <summary>After <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Gt(DateTimeOffset value) => Single(SearchOperator.Gt, value);

    /// <summary>On or after <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Gte(DateTimeOffset value) => Single(SearchOperator.Gte, value);

    /// <summary>Before <paramref name="value"/>; the same as <see cref="Lt"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Before(DateTimeOffset value) => Lt(value);

    /// <summary>On or before <paramref name="value"/>; the same as <see cref="Lte"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter OnOrBefore(DateTimeOffset value) => Lte(value);

    /// <summary>After <paramref name="value"/>; the same as <see cref="Gt"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter After(DateTimeOffset value) => Gt(value);

    /// <summary>On or after <paramref name="value"/>; the same as <see cref="Gte"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter OnOrAfter(DateTimeOffset value) => Gte(value);

    /// <summary>From <paramref name="low"/> to <paramref name="high"/>, inclusive.</summary>
    /// <param name="low">The low end.</param>
    /// <param name="high">The high end.</param>
    public SearchFilter Between(DateTimeOffset low, DateTimeOffset high) =>
        SearchFilter.Create(propertyName, SearchOperator.Between, WireFormat.EncodeDateTimeForSearch(low), WireFormat.EncodeDateTimeForSearch(high));

    /// <summary>Equal to one of <paramref name="values"/>.</summary>
    /// <param name="values">The values.</param>
    public SearchFilter In(params DateTimeOffset[] values) => Set(SearchOperator.In, values);

    /// <summary>Equal to none of <paramref name="values"/>.</summary>
    /// <param name="values">The values.</param>
    public SearchFilter NotIn(params DateTimeOffset[] values) => Set(SearchOperator.NotIn, values);

    /// <summary>Has a value.</summary>
    public SearchFilter HasProperty() => SearchFilter.Create(propertyName, SearchOperator.HasProperty);

    /// <summary>Has no value.</summary>
    public SearchFilter NotHasProperty() => SearchFilter.Create(propertyName, SearchOperator.NotHasProperty);

    private SearchFilter Single(SearchOperator searchOperator, DateTimeOffset value) =>
        SearchFilter.Create(propertyName, searchOperator, WireFormat.EncodeDateTimeForSearch(value));

    private SearchFilter Set(SearchOperator searchOperator, DateTimeOffset[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return SearchFilter.Create(propertyName, searchOperator, values: Array.ConvertAll(values, static v => WireFormat.EncodeDateTimeForSearch(v)));
    }
}
