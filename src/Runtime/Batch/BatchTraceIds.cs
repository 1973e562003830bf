using System.Globalization;
using System.Security.Cryptography;

namespace Spoke.Batch;

/// <summary>
/// Makes the <c>objectWriteTraceId</c> of each input of one batch call: a prefix drawn for the call, then the input's index
/// (<c>spoke-3f9a12c4-17</c>). Trace ids are matched only against trace ids, and the prefix keeps an echo from any other call
/// from ever matching an input of this one.
/// </summary>
internal sealed class BatchTraceIds
{
    private readonly string _prefix = $"spoke-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}-";

    /// <summary>The trace id of the input at <paramref name="index"/>.</summary>
    public string For(int index) => _prefix + index.ToString(CultureInfo.InvariantCulture);
}
