namespace Spoke.Search;

/// <summary>A property that can be filtered, sorted on or selected in a search; generated members of <c>{Record}Fields</c>.</summary>
public interface ISearchField
{
    /// <summary>The property's wire name.</summary>
    string PropertyName { get; }
}
