using System.Text;

namespace Spoke.Http;

/// <summary>Joins the base address, an escaped relative path and unescaped query parameters into a request URI.</summary>
internal static class RequestUriBuilder
{
    /// <summary>
    /// The longest URL the client sends. HubSpot, and the gateways in front of it, refuse request lines of about 8 KB with
    /// 414; half that leaves room for proxies with smaller limits. Reads that would be longer go in a request body instead.
    /// </summary>
    public const int MaxLength = 4_096;

    public static Uri Build(Uri baseAddress, HubSpotRequest request) =>
        new(baseAddress.AbsoluteUri.TrimEnd('/') + "/" + Target(request), UriKind.Absolute);

    /// <summary>Whether the request's URL is at most <see cref="MaxLength"/> characters.</summary>
    public static bool Fits(Uri baseAddress, HubSpotRequest request) => baseAddress.AbsoluteUri.Length + Target(request).Length <= MaxLength;

    /// <summary>The escaped path and query, without the base address.</summary>
    public static string Target(HubSpotRequest request)
    {
        var target = new StringBuilder(request.Path.TrimStart('/'));
        var separator = '?';
        foreach (var (name, value) in request.Query)
        {
            target.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return target.ToString();
    }
}
