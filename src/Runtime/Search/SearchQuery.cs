namespace Spoke.Search;

/// <summary>
/// A typed, immutable search builder: each method returns a new query. Start one with the generated <c>{Record}.Where(...)</c> or
/// <c>{Record}.Search</c>. Every step checks <see cref="HubSpotLimits"/>, so a query that HubSpot would reject fails where it is built.
/// </summary>
/// <typeparam name="TRecord">The generated record type.</typeparam>
/// <typeparam name="TFields">The generated <c>{Record}Fields</c> type that names the searchable properties.</typeparam>
public sealed class SearchQuery<TRecord, TFields> : ISearchQuery<TRecord>
    where TRecord : CrmRecord, ICrmObject<TRecord>
    where TFields : class, new()
{
    // The fields object is immutable and holds only property names, so every query of the type shares one.
    private static readonly TFields Fields = new();

    /// <summary>A query with no filters, sorts or property selection.</summary>
    public static SearchQuery<TRecord, TFields> Empty { get; } = new(new SearchRequest());

    private SearchQuery(SearchRequest request)
    {
        request.Validate();
        Request = request;
    }

    /// <inheritdoc/>
    public SearchRequest Request { get; }

    /// <summary>Adds a filter group: records that match every filter of <paramref name="group"/> are included (ORed with earlier groups).</summary>
    /// <param name="group">Builds the group, for example <c>c =&gt; c.Email.Eq("a@b.c") &amp; c.Age.Gt(30)</c>.</param>
    /// <exception cref="ArgumentException">The query would exceed a filter limit.</exception>
    public SearchQuery<TRecord, TFields> Or(Func<TFields, SearchFilterGroup> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new(Request with { FilterGroups = [.. Request.FilterGroups, group(Fields)] });
    }

    /// <summary>Sorts ascending by a property (HubSpot allows one sort rule).</summary>
    /// <typeparam name="TField">The field type.</typeparam>
    /// <param name="field">Selects the property.</param>
    /// <exception cref="ArgumentException">A sort rule is already set.</exception>
    public SearchQuery<TRecord, TFields> OrderBy<TField>(Func<TFields, TField> field)
        where TField : ISearchField => Sort(field, SortDirection.Ascending);

    /// <summary>Sorts descending by a property (HubSpot allows one sort rule).</summary>
    /// <typeparam name="TField">The field type.</typeparam>
    /// <param name="field">Selects the property.</param>
    /// <exception cref="ArgumentException">A sort rule is already set.</exception>
    public SearchQuery<TRecord, TFields> OrderByDescending<TField>(Func<TFields, TField> field)
        where TField : ISearchField => Sort(field, SortDirection.Descending);

    /// <summary>Returns only the given properties, for example <c>c =&gt; [c.Email, c.FirstName]</c>.</summary>
    /// <param name="properties">Selects the properties.</param>
    public SearchQuery<TRecord, TFields> Select(Func<TFields, IReadOnlyList<ISearchField>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var fields = properties(Fields);
        var names = new string[fields.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = fields[i].PropertyName;
        }

        return new(Request with { Properties = names });
    }

    /// <summary>Adds a full-text query over the object type's searchable properties.</summary>
    /// <param name="text">The text (at most <see cref="HubSpotLimits.MaxSearchQueryLength"/> characters).</param>
    /// <exception cref="ArgumentException">The text is too long.</exception>
    public SearchQuery<TRecord, TFields> WithQuery(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(Request with { Query = text });
    }

    /// <summary>Starts a query with one filter group.</summary>
    /// <param name="group">Builds the group.</param>
    public static SearchQuery<TRecord, TFields> Where(Func<TFields, SearchFilterGroup> group) => Empty.Or(group);

    /// <summary>Returns the HubSpot search JSON this query sends.</summary>
    public override string ToString() => Request.ToJson();

    private SearchQuery<TRecord, TFields> Sort<TField>(Func<TFields, TField> field, SortDirection direction)
        where TField : ISearchField
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(Request with { Sorts = [.. Request.Sorts, new SearchSort(field(Fields).PropertyName, direction)] });
    }
}
