namespace Spoke.Batch;

/// <summary>
/// Why one input of a batch failed: HubSpot's own error for that input (from a 207 Multi-Status response),
/// the error of the whole request when HubSpot refused its chunk, or a check Spoke made before sending.
/// </summary>
/// <param name="Category">HubSpot's error category, e.g. <c>VALIDATION_ERROR</c> or <c>CONFLICT</c>.</param>
/// <param name="SubCategory">HubSpot's sub-category, when given.</param>
/// <param name="Message">HubSpot's message, or Spoke's when the input was rejected before sending.</param>
/// <param name="Context">HubSpot's <c>context</c> map (e.g. <c>objectWriteTraceId</c>, <c>propertyName</c>).</param>
/// <param name="Exception">The exception of the whole request when the chunk failed as a whole; otherwise null.</param>
public sealed record BatchItemError(
    string? Category,
    string? SubCategory,
    string Message,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Context,
    Exception? Exception = null)
{
    /// <summary>The category Spoke uses when it rejects an input before sending it.</summary>
    public const string RejectedBeforeSending = "SPOKE_REJECTED_BEFORE_SENDING";

    /// <summary>The category Spoke uses when HubSpot answered a batch without a result or error for an input.</summary>
    public const string NoResult = "SPOKE_NO_RESULT";

    /// <inheritdoc />
    public override string ToString() => Category is null ? Message : $"{Category}: {Message}";
}
