using System.Globalization;
using System.Net;

namespace Spoke.Agents.Mcp;

/// <summary>Parses <c>HOST:PORT</c> for the HTTP transport; only loopback addresses, since keys travel in clear HTTP.</summary>
internal static class HttpListenAddress
{
    public static IPEndPoint Parse(string value)
    {
        var separator = value.LastIndexOf(':');
        if (separator <= 0
            || !IPAddress.TryParse(value[..separator].Trim('[', ']'), out var address)
            || !int.TryParse(value.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
        {
            throw new ArgumentException($"'{value}' is not an HTTP listen address. Use 127.0.0.1:PORT, for example 127.0.0.1:8765.");
        }

        return IPAddress.IsLoopback(address)
            ? new IPEndPoint(address, port)
            : throw new ArgumentException($"'{value}' is not a loopback address. Serve on 127.0.0.1 and put a TLS-terminating proxy in front for remote agents.");
    }
}
