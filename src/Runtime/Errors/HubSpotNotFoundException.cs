namespace Spoke;

/// <summary>
/// HubSpot answered 404: the record, object type or property does not exist (or is archived). Also thrown, with
/// <see cref="HubSpotException.StatusCode"/> 404, when a single-record read or update sent through a batch endpoint (because
/// its URL would be too long) finds no record.
/// </summary>
public sealed class HubSpotNotFoundException : HubSpotException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was not found.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public HubSpotNotFoundException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
