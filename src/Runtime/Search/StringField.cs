namespace Spoke.Search;

/// <summary>
/// A text property in a search. <see cref="In"/> and <see cref="NotIn"/> lowercase their values, as HubSpot requires for string
/// properties, unless the property is case-sensitive (an enumeration whose options the snapshot does not list, such as an owner).
/// </summary>
/// <param name="propertyName">The property's wire name.</param>
/// <param name="isCaseSensitive">Whether values are compared case-sensitively (enumerations), so they are sent unchanged.</param>
public readonly struct StringField(string propertyName, bool isCaseSensitive = false) : ISearchField
{
    /// <inheritdoc/>
    public string PropertyName => propertyName;

    /// <summary>Equal to <paramref name="value"/> (case-insensitive unless the property is an enumeration).</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Eq(string value) => SearchFilter.Create(propertyName, SearchOperator.Eq, Required(value));

    /// <summary>Not equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Neq(string value) => SearchFilter.Create(propertyName, SearchOperator.Neq, Required(value));

    /// <summary>Equal to one of <paramref name="values"/>.</summary>
    /// <param name="values">The values.</param>
    public SearchFilter In(params string[] values) => SearchFilter.Create(propertyName, SearchOperator.In, values: Normalize(values));

    /// <summary>Equal to none of <paramref name="values"/>.</summary>
    /// <param name="values">The values.</param>
    public SearchFilter NotIn(params string[] values) => SearchFilter.Create(propertyName, SearchOperator.NotIn, values: Normalize(values));

    /// <summary>Contains the token; <c>*</c> is a wildcard, as in <c>*@acme.com</c>.</summary>
    /// <param name="token">The token.</param>
    public SearchFilter ContainsToken(string token) => SearchFilter.Create(propertyName, SearchOperator.ContainsToken, Required(token));

    /// <summary>Does not contain the token.</summary>
    /// <param name="token">The token.</param>
    public SearchFilter NotContainsToken(string token) => SearchFilter.Create(propertyName, SearchOperator.NotContainsToken, Required(token));

    /// <summary>Has a value.</summary>
    public SearchFilter HasProperty() => SearchFilter.Create(propertyName, SearchOperator.HasProperty);

    /// <summary>Has no value.</summary>
    public SearchFilter NotHasProperty() => SearchFilter.Create(propertyName, SearchOperator.NotHasProperty);

    private string Required(string value) =>
        value ?? throw new ArgumentNullException(nameof(value), $"A filter on '{propertyName}' needs a value; to find records without one, use NotHasProperty().");

    private string[] Normalize(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var normalized = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = Required(values[i]);
            normalized[i] = isCaseSensitive ? value : value.ToLowerInvariant();
        }

        return normalized;
    }
}
