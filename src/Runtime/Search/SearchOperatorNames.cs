using System.Diagnostics.CodeAnalysis;

namespace Spoke.Search;

/// <summary>Maps <see cref="SearchOperator"/> to and from HubSpot's wire names (<c>EQ</c>, <c>NOT_IN</c>, ...).</summary>
public static class SearchOperatorNames
{
    private static readonly string[] Names =
    [
        "EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN",
    ];

    /// <summary>Every wire name, in the order of <see cref="SearchOperator"/>.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The wire name of an operator, for example <c>NOT_IN</c>.</summary>
    /// <param name="searchOperator">The operator.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined operator.</exception>
    public static string ToWireName(this SearchOperator searchOperator) =>
        (uint)searchOperator < (uint)Names.Length
            ? Names[(int)searchOperator]
            : throw new ArgumentOutOfRangeException(nameof(searchOperator), searchOperator, "Not a HubSpot search operator.");

    /// <summary>Parses a wire name (case-insensitive), for example <c>CONTAINS_TOKEN</c>.</summary>
    /// <param name="wireName">The wire name.</param>
    /// <param name="searchOperator">The operator when this returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is one of the thirteen operators.</returns>
    public static bool TryParse([NotNullWhen(true)] string? wireName, out SearchOperator searchOperator)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], wireName, StringComparison.OrdinalIgnoreCase))
            {
                searchOperator = (SearchOperator)i;
                return true;
            }
        }

        searchOperator = default;
        return false;
    }
}
