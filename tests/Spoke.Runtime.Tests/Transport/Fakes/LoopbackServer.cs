using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>
/// A raw TCP server on loopback whose every connection is handled by a script: read the request, answer bytes of any kind,
/// reset the connection. It counts the requests it read in full, so a test knows how many attempts reached a server.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<Connection, Task> _handle;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _requests;

    private LoopbackServer(Func<Connection, Task> handle)
    {
        _handle = handle;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The server's address, as an http URI.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>How many requests were read in full.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static LoopbackServer Start(Func<Connection, Task> handle) => new(handle);

    /// <summary>Answers every request with <paramref name="status"/> and an HTML body, as a gateway would.</summary>
    public static LoopbackServer AnsweringHtml(int status, string reason) => Start(async connection =>
    {
        while (await connection.ReadRequestAsync() is not null)
        {
            var body = $"<html><head><title>{status} {reason}</title></head><body><center><h1>{status} {reason}</h1></center><hr><center>nginx</center></body></html>";
            await connection.WriteAsync($"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");
        }
    });

    /// <summary>Reads each request in full, then resets the connection without answering.</summary>
    public static LoopbackServer ResettingAfterRequest() => Start(async connection =>
    {
        if (await connection.ReadRequestAsync() is not null)
        {
            connection.Reset();
        }
    });

    /// <summary>Answers every connection with bytes that are not a TLS handshake, so an https client fails before sending.</summary>
    public static LoopbackServer AnsweringGarbageToTls() => Start(async connection =>
    {
        await connection.WriteAsync("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        connection.Reset();
    });

    /// <summary>An address on loopback where nothing listens, so every connection is refused.</summary>
    public static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            _ = Task.Run(async () =>
            {
                using var connection = new Connection(this, socket);
                try
                {
                    await _handle(connection);
                }
                catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
                {
                }
            });
        }
    }

    /// <summary>One accepted connection.</summary>
    internal sealed class Connection(LoopbackServer server, Socket socket) : IDisposable
    {
        private readonly NetworkStream _stream = new(socket, ownsSocket: false);
        private readonly List<byte> _buffer = [];

        /// <summary>Reads one HTTP/1.1 request (head and Content-Length body); null when the client closed the connection.</summary>
        public async Task<string?> ReadRequestAsync()
        {
            var headEnd = -1;
            var chunk = new byte[8192];
            while ((headEnd = IndexOfHeadEnd()) < 0)
            {
                var read = await _stream.ReadAsync(chunk);
                if (read == 0)
                {
                    return null;
                }

                _buffer.AddRange(chunk.AsSpan(0, read).ToArray());
            }

            var head = Encoding.ASCII.GetString([.. _buffer.Take(headEnd)]);
            var length = head.Split("\r\n")
                .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
                .FirstOrDefault();
            while (_buffer.Count < headEnd + 4 + length)
            {
                var read = await _stream.ReadAsync(chunk);
                if (read == 0)
                {
                    return null;
                }

                _buffer.AddRange(chunk.AsSpan(0, read).ToArray());
            }

            var request = Encoding.UTF8.GetString([.. _buffer.Take(headEnd + 4 + length)]);
            _buffer.RemoveRange(0, headEnd + 4 + length);
            Interlocked.Increment(ref server._requests);
            return request;
        }

        public async Task WriteAsync(string response) => await _stream.WriteAsync(Encoding.UTF8.GetBytes(response));

        /// <summary>Closes the connection with a TCP reset.</summary>
        public void Reset()
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }

        public void Dispose()
        {
            _stream.Dispose();
            socket.Dispose();
        }

        private int IndexOfHeadEnd()
        {
            for (var index = 0; index + 3 < _buffer.Count; index++)
            {
                if (_buffer[index] == '\r' && _buffer[index + 1] == '\n' && _buffer[index + 2] == '\r' && _buffer[index + 3] == '\n')
                {
                    return index;
                }
            }

            return -1;
        }
    }
}
