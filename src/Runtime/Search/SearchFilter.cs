namespace Spoke.Search;

/// <summary>
/// One search filter: a property, an operator and its value(s), already encoded as HubSpot expects them.
/// Typed filters come from the generated <c>{Record}Fields</c>; untyped ones from <see cref="Create"/>.
/// </summary>
public sealed class SearchFilter
{
    private SearchFilter(string propertyName, SearchOperator searchOperator, string? value, string? highValue, IReadOnlyList<string>? values)
    {
        PropertyName = propertyName;
        Operator = searchOperator;
        Value = value;
        HighValue = highValue;
        Values = values;
    }

    /// <summary>The property's wire name.</summary>
    public string PropertyName { get; }

    /// <summary>The operator.</summary>
    public SearchOperator Operator { get; }

    /// <summary>The value for single-value operators, or the low end of <see cref="SearchOperator.Between"/>.</summary>
    public string? Value { get; }

    /// <summary>The high end of <see cref="SearchOperator.Between"/>.</summary>
    public string? HighValue { get; }

    /// <summary>The values of <see cref="SearchOperator.In"/> and <see cref="SearchOperator.NotIn"/>.</summary>
    public IReadOnlyList<string>? Values { get; }

    /// <summary>
    /// Creates a filter from wire values, checking that the operator gets exactly the values it needs: none for
    /// <c>HAS_PROPERTY</c>/<c>NOT_HAS_PROPERTY</c>, <paramref name="values"/> for <c>IN</c>/<c>NOT_IN</c>, <paramref name="value"/> and
    /// <paramref name="highValue"/> for <c>BETWEEN</c>, and <paramref name="value"/> for the rest. Values are sent as given: lowercase
    /// string values for <c>IN</c>/<c>NOT_IN</c> yourself, and send dates as epoch milliseconds.
    /// </summary>
    /// <param name="propertyName">The property's wire name.</param>
    /// <param name="searchOperator">The operator.</param>
    /// <param name="value">The value, or the low end of a range.</param>
    /// <param name="highValue">The high end of a range.</param>
    /// <param name="values">The values of a set operator.</param>
    /// <exception cref="ArgumentException">The operator got values it does not take, or lacks one it needs.</exception>
    public static SearchFilter Create(
        string propertyName, SearchOperator searchOperator, string? value = null, string? highValue = null, IEnumerable<string>? values = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        var wireName = searchOperator.ToWireName();
        var list = values?.ToArray();
        switch (searchOperator)
        {
            case SearchOperator.HasProperty or SearchOperator.NotHasProperty:
                Require(value is null && highValue is null && list is null, $"{wireName} on '{propertyName}' takes no value.");
                break;
            case SearchOperator.In or SearchOperator.NotIn:
                Require(value is null && highValue is null, $"{wireName} on '{propertyName}' takes 'values', not 'value'.");
                Require(list is { Length: > 0 }, $"{wireName} on '{propertyName}' needs at least one entry in 'values'.");
                Require(Array.TrueForAll(list!, static v => v is not null), $"{wireName} on '{propertyName}' has a null entry in 'values'.");
                break;
            case SearchOperator.Between:
                Require(value is not null && highValue is not null, $"BETWEEN on '{propertyName}' needs both 'value' (low) and 'highValue' (high).");
                Require(list is null, $"BETWEEN on '{propertyName}' takes 'value' and 'highValue', not 'values'.");
                break;
            default:
                Require(value is not null, $"{wireName} on '{propertyName}' needs a 'value'. To find records without a value, use NOT_HAS_PROPERTY.");
                Require(highValue is null && list is null, $"{wireName} on '{propertyName}' takes a single 'value'.");
                break;
        }

        return new SearchFilter(propertyName, searchOperator, value, highValue, list);
    }

    /// <summary>Makes a group of two filters, both of which must match.</summary>
    /// <param name="left">The first filter.</param>
    /// <param name="right">The second filter.</param>
    public static SearchFilterGroup operator &(SearchFilter left, SearchFilter right) => new([left, right]);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
