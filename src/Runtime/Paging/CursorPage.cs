namespace Spoke.Paging;

/// <summary>One page of a HubSpot listing as it arrived: its values and HubSpot's <c>after</c> cursor to the next page.</summary>
internal readonly record struct CursorPage<T>(IReadOnlyList<T> Values, string? After);
