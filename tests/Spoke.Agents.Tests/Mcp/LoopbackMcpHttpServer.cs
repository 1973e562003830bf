using System.Net;
using System.Net.Sockets;
using Spoke.Agents.Mcp;

namespace Spoke.Agents.Tests.Mcp;

/// <summary><c>spoke mcp --http</c> in process on a free loopback port, listening by the time <see cref="StartAsync"/> returns.</summary>
internal sealed class LoopbackMcpHttpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private LoopbackMcpHttpServer(Uri endpoint, CancellationTokenSource stop, Task running)
    {
        Endpoint = endpoint;
        _stop = stop;
        _running = running;
    }

    public Uri Endpoint { get; }

    /// <param name="configure">Sets everything but the listen address, given the endpoint (for an audience that names it).</param>
    public static async Task<LoopbackMcpHttpServer> StartAsync(Func<Uri, SpokeMcpServerOptions> configure)
    {
        var port = FreePort();
        var endpoint = new Uri($"http://127.0.0.1:{port}/");
        var options = configure(endpoint);
        options.HttpListen = $"127.0.0.1:{port}";
        var stop = new CancellationTokenSource();
        var server = new LoopbackMcpHttpServer(endpoint, stop, SpokeMcpServer.RunAsync(options, stop.Token));
        await server.WaitUntilListeningAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var connection = new TcpClient();
                await connection.ConnectAsync(IPAddress.Loopback, Endpoint.Port);
                return;
            }
            catch (SocketException) when (attempt < 100 && !_running.IsCompleted)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
