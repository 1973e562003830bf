using System.Globalization;

namespace Spoke.Http;

/// <summary>Builds the query parameter lists of record reads and listings.</summary>
internal static class QueryParameters
{
    /// <summary>
    /// <c>properties</c> (comma separated, as HubSpot's docs describe), <c>idProperty</c> and <c>archived</c>, each only
    /// when it has a value.
    /// </summary>
    public static List<KeyValuePair<string, string>> ForRead(IReadOnlyList<string> properties, string? idProperty, bool archived)
    {
        var query = new List<KeyValuePair<string, string>>(3);
        if (properties.Count > 0)
        {
            query.Add(new("properties", string.Join(',', properties)));
        }

        if (idProperty is not null)
        {
            query.Add(new("idProperty", idProperty));
        }

        if (archived)
        {
            query.Add(new("archived", "true"));
        }

        return query;
    }

    /// <summary>The query of one page of <c>GET crm/v3/objects/{objectType}</c>: the read's parameters, <c>limit</c> and <c>after</c>.</summary>
    public static List<KeyValuePair<string, string>> ForList(IReadOnlyList<string> properties, bool archived, int limit, string? after)
    {
        var query = ForRead(properties, idProperty: null, archived);
        query.Add(new("limit", limit.ToString(CultureInfo.InvariantCulture)));
        if (after is not null)
        {
            query.Add(new("after", after));
        }

        return query;
    }
}
