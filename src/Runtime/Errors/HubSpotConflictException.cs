namespace Spoke;

/// <summary>
/// HubSpot answered 409: a record with the same unique value already exists. <see cref="HubSpotException.ExistingObjectId"/>
/// holds its id when HubSpot gave it; update that record, or upsert by the unique property instead of creating.
/// </summary>
public sealed class HubSpotConflictException : HubSpotException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What conflicted.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public HubSpotConflictException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
