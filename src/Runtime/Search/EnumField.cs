using Spoke.Wire;

namespace Spoke.Search;

/// <summary>
/// A picklist property in a search, filtered by the generated enum. Values are sent case-sensitively, as HubSpot compares
/// enumerations; a raw <see cref="Picklist{TEnum}"/> for an option added after the build is sent as is.
/// </summary>
/// <typeparam name="TEnum">The generated picklist enum.</typeparam>
/// <param name="propertyName">The property's wire name.</param>
/// <param name="codec">The enum's codec.</param>
public readonly struct EnumField<TEnum>(string propertyName, PicklistCodec<TEnum> codec) : ISearchField
    where TEnum : struct, Enum
{
    /// <inheritdoc/>
    public string PropertyName => propertyName;

    /// <summary>Equal to <paramref name="value"/> (for a multi-select property: has exactly this selection).</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Eq(Picklist<TEnum> value) => SearchFilter.Create(propertyName, SearchOperator.Eq, codec.Encode(value));

    /// <summary>Not equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public SearchFilter Neq(Picklist<TEnum> value) => SearchFilter.Create(propertyName, SearchOperator.Neq, codec.Encode(value));

    /// <summary>One of <paramref name="values"/> (for a multi-select property: has any of them).</summary>
    /// <param name="values">The values.</param>
    public SearchFilter In(params Picklist<TEnum>[] values) => SearchFilter.Create(propertyName, SearchOperator.In, values: Encode(values));

    /// <summary>None of <paramref name="values"/>.</summary>
    /// <param name="values">The values.</param>
    public SearchFilter NotIn(params Picklist<TEnum>[] values) => SearchFilter.Create(propertyName, SearchOperator.NotIn, values: Encode(values));

    /// <summary>Has a value.</summary>
    public SearchFilter HasProperty() => SearchFilter.Create(propertyName, SearchOperator.HasProperty);

    /// <summary>Has no value.</summary>
    public SearchFilter NotHasProperty() => SearchFilter.Create(propertyName, SearchOperator.NotHasProperty);

    private string[] Encode(Picklist<TEnum>[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var encoded = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            encoded[i] = codec.Encode(values[i]);
        }

        return encoded;
    }
}
