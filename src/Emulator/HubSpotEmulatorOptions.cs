namespace Spoke.Emulator;

/// <summary>How an emulator instance starts: schema, seed data, tokens, limits, faults, persistence and address.</summary>
public sealed class HubSpotEmulatorOptions
{
    /// <summary>The token accepted when <see cref="Tokens"/> is empty: every scope, Professional tier.</summary>
    public const string DefaultAccessToken = "pat-na1-emulator-local-dev";

    /// <summary>
    /// The folder of property snapshots (<c>{objectType}.json</c>) and <c>schemas.json</c>. Default: the first
    /// <c>schema-snapshots</c> folder found from the current directory upward.
    /// </summary>
    public string? SchemaDirectory { get; set; }

    /// <summary>Records to create at start, by object type name or id (e.g. <c>contacts</c> → 10,000).</summary>
    public IDictionary<string, int> Seed { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Told how far seeding has come while <see cref="Seed"/> is created at start: every 1,000 records of a type and when the
    /// type is done. Called on the thread that seeds; keep it quick.
    /// </summary>
    public IProgress<EmulatorSeedProgress>? SeedProgress { get; set; }

    /// <summary>The seed of the fake data, so seeded accounts are identical from run to run.</summary>
    public int DataSeed { get; set; } = 8675309;

    /// <summary>The owners listed by <c>/crm/v3/owners</c> and used for seeded <c>hubspot_owner_id</c> values.</summary>
    public int OwnerCount { get; set; } = 5;

    /// <summary>The tokens accepted. When empty, <see cref="DefaultAccessToken"/> is accepted with every scope.</summary>
    public IList<EmulatorToken> Tokens { get; } = new List<EmulatorToken>();

    /// <summary>Burst, search and daily limits.</summary>
    public EmulatorRateLimits RateLimits { get; set; } = new();

    /// <summary>Fault injection rules.</summary>
    public EmulatorFaults Faults { get; set; } = new();

    /// <summary>The emulated app that webhook subscriptions belong to: app id, client secret, retry behaviour.</summary>
    public EmulatorWebhookOptions Webhooks { get; set; } = new();

    /// <summary>
    /// How long a created or updated record stays out of search results, like HubSpot's eventually consistent
    /// search index. Default zero (visible at once).
    /// </summary>
    public TimeSpan SearchIndexingDelay { get; set; }

    /// <summary>
    /// A JSON file the account is kept in: loaded at start when it exists, every acknowledged write journaled beside it
    /// (<c>{file}.{n}.journal</c>) so that a killed process loses at most the last second of writes, compacted into the
    /// file as the journal grows, and saved whole on shutdown.
    /// </summary>
    public string? DataFile { get; set; }

    /// <summary>
    /// How large the journal grows, at least, before it is compacted into the data file (it also waits until the journal
    /// is twice the data file); tests shrink it to compact after a few writes.
    /// </summary>
    internal long JournalCompactionBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>The TCP port; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The address to listen on. Default <c>127.0.0.1</c>; anything else exposes the emulator to the network.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>The HubSpot account id (portal id) reported in errors and schemas.</summary>
    public long PortalId { get; set; } = 8675309;

    /// <summary>The clock of record timestamps and rate limits; tests may supply their own.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
