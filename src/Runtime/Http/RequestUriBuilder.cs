using System.Text;

namespace Spoke.Http;

/// <summary>Joins the base address, an escaped relative path and unescaped query parameters into a request URI.</summary>
internal static class RequestUriBuilder
{
    public static Uri Build(Uri baseAddress, HubSpotRequest request)
    {
        var uri = new StringBuilder(baseAddress.AbsoluteUri.TrimEnd('/'))
            .Append('/')
            .Append(request.Path.TrimStart('/'));
        var separator = '?';
        foreach (var (name, value) in request.Query)
        {
            uri.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(uri.ToString(), UriKind.Absolute);
    }
}
