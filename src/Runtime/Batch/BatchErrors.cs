namespace Spoke.Batch;

/// <summary>Builds the errors Spoke itself reports for batch inputs.</summary>
internal static class BatchErrors
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoContext = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>An input rejected before sending, with the reason.</summary>
    public static BatchItemError Rejected(string message, Exception? exception = null) =>
        new(BatchItemError.RejectedBeforeSending, null, message, NoContext, exception);
}
