using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Spoke.Testing;

/// <summary>
/// A real <c>redis-server</c> process on a free loopback port, started by the test and stopped with it, which a test can
/// also stop and start again. Needs the <c>redis-server</c> binary (Debian: <c>apt-get install redis-server</c>;
/// <c>.ci/run</c> installs it); without it the test fails and says so, rather than being skipped.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>
    /// The Redis that <c>.ci/run</c> started (<c>SPOKE_TEST_REDIS</c>) when there is one, else a server of the test's own;
    /// for tests that never stop it. Tests on a shared server use keys of their own.
    /// </summary>
    public static async Task<(string Configuration, IAsyncDisposable Lifetime)> SharedOrOwnAsync()
    {
        if (Environment.GetEnvironmentVariable("SPOKE_TEST_REDIS") is { Length: > 0 } shared)
        {
            return (shared, new RedisServer(0));
        }

        var own = await StartAsync();
        return (own.Configuration, own);
    }

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort());
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server (again) on its port and waits until it answers.</summary>
    public async Task RestartAsync()
    {
        var binary = Binary() ?? throw new InvalidOperationException(
            "These tests need a real Redis: install redis-server (Debian: apt-get install -y redis-server; .ci/run does it) so it is on PATH, "
            + "or set SPOKE_REDIS_SERVER to its path.");
        _process = Process.Start(new ProcessStartInfo(binary)
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{binary} did not start.");
        _process.OutputDataReceived += static (_, _) => { };
        _process.ErrorDataReceived += static (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await AnswersAsync())
            {
                return;
            }

            await Task.Delay(25);
        }

        throw new InvalidOperationException($"redis-server did not answer on port {Port} within 5 s.");
    }

    /// <summary>Kills the server, as a crash or a network cut would look to its clients.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static string? Binary()
    {
        if (Environment.GetEnvironmentVariable("SPOKE_REDIS_SERVER") is { Length: > 0 } configured)
        {
            return configured;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return read > 0 && buffer[0] == (byte)'+';
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
