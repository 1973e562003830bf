namespace Spoke.Search;

/// <summary>The direction of a search sort.</summary>
public enum SortDirection
{
    /// <summary><c>ASCENDING</c>.</summary>
    Ascending,

    /// <summary><c>DESCENDING</c>.</summary>
    Descending,
}
