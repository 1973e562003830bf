namespace Spoke.Agents.Policy;

/// <summary>The policy file is missing, not JSON, or breaks the policy format; the message says where and how to fix it.</summary>
public sealed class PolicyFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The underlying parse or I/O error, if any.</param>
    public PolicyFileException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
