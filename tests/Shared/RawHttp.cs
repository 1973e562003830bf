using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Spoke.Testing;

/// <summary>
/// Hand-written HTTP/1.1 over a fresh TCP connection, for what <see cref="HttpClient"/> will not send: repeated headers,
/// bad chunk sizes, bodies that stall or stop early, bytes no encoder would produce. Every request closes its connection,
/// so the response ends where the stream does.
/// </summary>
internal static class RawHttp
{
    private static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The request line and headers, with <c>Host</c> and <c>Connection: close</c>, ending in the blank line.</summary>
    public static byte[] Head(string method, Uri uri, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{method} {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        return Encoding.Latin1.GetBytes(head.Append("\r\n").ToString());
    }

    /// <summary>A body in one chunk of transfer encoding, with the closing empty chunk.</summary>
    public static byte[] Chunked(ReadOnlySpan<byte> body) =>
        [.. Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8];

    /// <summary>Sends <paramref name="parts"/> one after another, pausing between them, then reads the whole response.</summary>
    public static async Task<RawHttpResponse> SendAsync(Uri server, IReadOnlyList<byte[]> parts, TimeSpan pauseBetweenParts = default)
    {
        using var timeout = new CancellationTokenSource(ResponseTimeout);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = tcp.GetStream();
        try
        {
            for (var index = 0; index < parts.Count; index++)
            {
                if (index > 0 && pauseBetweenParts > TimeSpan.Zero)
                {
                    await Task.Delay(pauseBetweenParts, timeout.Token);
                }

                await stream.WriteAsync(parts[index], timeout.Token);
            }
        }
        catch (IOException)
        {
            // The server may answer and close before the whole request is sent (a 413 on the headers alone).
        }

        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after the response is still a response.
        }

        return RawHttpResponse.Parse(received.ToArray());
    }

    /// <summary>Sends one request made of a head and an optional body.</summary>
    public static Task<RawHttpResponse> SendAsync(Uri server, byte[] head, byte[]? body = null) =>
        SendAsync(server, body is null ? [head] : [[.. head, .. body]]);
}

/// <summary>A response as read off the socket; <see cref="Status"/> is 0 when the server closed without answering.</summary>
internal sealed record RawHttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    public string Text => Encoding.UTF8.GetString(Body);

    public static RawHttpResponse Parse(byte[] raw)
    {
        var headEnd = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headEnd < 0)
        {
            return new RawHttpResponse(0, new Dictionary<string, string>(), raw);
        }

        var lines = Encoding.Latin1.GetString(raw, 0, headEnd).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = raw[(headEnd + 4)..];
        return new RawHttpResponse(status, headers, headers.GetValueOrDefault("Transfer-Encoding") == "chunked" ? Unchunk(body) : body);
    }

    private static byte[] Unchunk(byte[] chunked)
    {
        using var body = new MemoryStream();
        var at = 0;
        while (at < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(at).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var size = int.Parse(Encoding.ASCII.GetString(chunked, at, lineEnd).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            at += lineEnd + 2;
            if (size == 0)
            {
                break;
            }

            body.Write(chunked, at, Math.Min(size, chunked.Length - at));
            at += size + 2;
        }

        return body.ToArray();
    }
}
