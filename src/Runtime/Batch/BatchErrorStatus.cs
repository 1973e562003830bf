namespace Spoke.Batch;

/// <summary>
/// The HTTP status a single-record endpoint answers for the error HubSpot reported for one input of a batch, so an operation
/// that goes through a batch endpoint fails with the <see cref="HubSpotException.Status"/> callers filter on.
/// </summary>
internal static class BatchErrorStatus
{
    /// <summary>The status for an input error of <paramref name="category"/>, or <paramref name="fallback"/> for other categories.</summary>
    public static int For(string? category, int fallback) => category switch
    {
        "VALIDATION_ERROR" => 400,
        "OBJECT_NOT_FOUND" => 404,
        "CONFLICT" => 409,
        _ => fallback,
    };
}
