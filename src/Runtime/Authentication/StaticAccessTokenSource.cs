using System.Security.Cryptography;
using System.Text;

namespace Spoke.Authentication;

/// <summary>A private-app token or service key (<c>pat-…</c>) that does not expire.</summary>
internal sealed class StaticAccessTokenSource : IAccessTokenSource
{
    private readonly string _token;

    public StaticAccessTokenSource(string token)
    {
        _token = token;
        // Clients built with the same token share one budget; the key is a hash so the token itself is never stored twice or shown.
        RateLimitPartition = "token:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    public string RateLimitPartition { get; }

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_token);

    public override string ToString() => "StaticAccessTokenSource (redacted)";
}
