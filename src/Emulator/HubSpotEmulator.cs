using System.Net.Http.Headers;
using Microsoft.AspNetCore.TestHost;
using Spoke.Emulator.CommandLine;
using Spoke.Emulator.Persistence;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Seeding;

namespace Spoke.Emulator;

/// <summary>
/// A running HubSpot CRM emulator: HubSpot's REST paths, JSON, errors, scopes and limits over an in-memory account.
/// Start one per test class with <see cref="StartAsync"/>; dispose it to stop (and save its data file).
/// </summary>
public sealed class HubSpotEmulator : IAsyncDisposable
{
    private readonly EmulatorState state;
    private readonly WebApplication server;
    private readonly WebApplication inMemory;
    private readonly DataFilePersistence? persistence;
    private int disposed;

    private HubSpotEmulator(EmulatorState state, WebApplication server, WebApplication inMemory, DataFilePersistence? persistence, Uri baseAddress)
    {
        this.state = state;
        this.server = server;
        this.inMemory = inMemory;
        this.persistence = persistence;
        BaseAddress = baseAddress;
    }

    /// <summary>The address the emulator listens on, e.g. <c>http://127.0.0.1:54321/</c>; use it as the API base address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A token the emulator accepts: the first of the configured tokens, or the default one with every scope.</summary>
    public string AccessToken => state.AccessToken;

    /// <summary>The options the emulator started with.</summary>
    public HubSpotEmulatorOptions Options => state.Options;

    /// <summary>Every change applied to the account (creations, property changes, archives, merges, associations).</summary>
    public EmulatorChangeFeed Changes => state.Changes;

    internal EmulatorState State => state;

    /// <summary>Starts an emulator on <see cref="HubSpotEmulatorOptions.Port"/> (by default a free port on 127.0.0.1).</summary>
    /// <param name="options">Schema, seed, tokens, limits and faults; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<HubSpotEmulator> StartAsync(HubSpotEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new HubSpotEmulatorOptions();
        var schema = SnapshotReader.ReadDirectory(SchemaDirectoryLocator.Locate(options.SchemaDirectory));
        var state = new EmulatorState(options, schema);
        WebApplication? server = null;
        WebApplication? inMemory = null;
        DataFilePersistence? persistence = null;
        try
        {
            if (options.DataFile is { } dataFile)
            {
                persistence = await DataFilePersistence.OpenAsync(state, dataFile, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                DataSeeder.Seed(state);
            }

            server = EmulatorApplication.Build(state, inMemory: false);
            inMemory = EmulatorApplication.Build(state, inMemory: true);
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
            await inMemory.StartAsync(cancellationToken).ConfigureAwait(false);
            return new HubSpotEmulator(state, server, inMemory, persistence, EmulatorApplication.BoundAddress(server));
        }
        catch
        {
            foreach (var app in new[] { server, inMemory })
            {
                if (app is not null)
                {
                    await app.DisposeAsync().ConfigureAwait(false);
                }
            }

            if (persistence is not null)
            {
                await persistence.DisposeAsync().ConfigureAwait(false);
            }

            state.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs the emulator from command-line arguments until Ctrl+C or <paramref name="cancellationToken"/>; the shared
    /// body of <c>dotnet run --project src/Emulator</c> and <c>spoke emulator</c>. Returns the process exit code.
    /// </summary>
    /// <param name="args">The arguments; <c>--help</c> lists them.</param>
    /// <param name="cancellationToken">Stops the emulator.</param>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        EmulatorCommandLine.RunAsync(args, Console.Out, Console.Error, cancellationToken);

    /// <summary>An in-memory handler that serves requests without a socket; the same state as <see cref="BaseAddress"/>.</summary>
    public HttpMessageHandler CreateHandler() => inMemory.GetTestServer().CreateHandler();

    /// <summary>An <see cref="HttpClient"/> over <see cref="CreateHandler"/> with the base address and Bearer token set.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient(CreateHandler()) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        return client;
    }

    /// <summary>Stops the emulator and, when a data file is configured, writes out its journal and a last snapshot.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await server.StopAsync().ConfigureAwait(false);
            await inMemory.StopAsync().ConfigureAwait(false);
            if (persistence is not null)
            {
                await persistence.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            await server.DisposeAsync().ConfigureAwait(false);
            await inMemory.DisposeAsync().ConfigureAwait(false);
            state.Dispose();
        }
    }
}
