using Spoke.Emulator.Faults;
using Spoke.Emulator.RateLimiting;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;
using Spoke.Emulator.Webhooks;

namespace Spoke.Emulator;

/// <summary>Everything one emulator instance shares between its requests; a singleton of its web host(s).</summary>
internal sealed class EmulatorState : IDisposable
{
    private readonly Dictionary<string, EmulatorToken> tokens;

    public EmulatorState(HubSpotEmulatorOptions options, SchemaCatalog schema)
    {
        Options = options;
        Schema = schema;
        var accepted = options.Tokens.Count > 0 ? options.Tokens : [new EmulatorToken(HubSpotEmulatorOptions.DefaultAccessToken)];
        tokens = accepted.ToDictionary(t => t.Value, StringComparer.Ordinal);
        AccessToken = accepted[0].Value;
        Database = new CrmDatabase(schema, Changes, options.TimeProvider);
        RateLimiter = new TokenRateLimiter(options.RateLimits, options.TimeProvider);
        Faults = new FaultInjector(options.Faults);
        Webhooks = new EmulatorWebhooks(options, Changes);
    }

    public HubSpotEmulatorOptions Options { get; }

    public SchemaCatalog Schema { get; }

    public CrmDatabase Database { get; }

    public EmulatorChangeFeed Changes { get; } = new();

    public TokenRateLimiter RateLimiter { get; }

    public FaultInjector Faults { get; }

    public EmulatorWebhooks Webhooks { get; }

    /// <summary>The first accepted token.</summary>
    public string AccessToken { get; }

    public EmulatorToken? FindToken(string value) => tokens.GetValueOrDefault(value);

    /// <summary>Resolves a path's object type or fails as HubSpot does for an unknown one.</summary>
    public ObjectTypeDefinition ResolveType(string? nameOrId) =>
        Schema.TryResolve(nameOrId, out var type)
            ? type
            : throw new Http.ApiProblem(400, Http.ErrorCategories.Validation, $"Unable to infer object type from: {nameOrId}")
            {
                Context = new Dictionary<string, IReadOnlyList<string>> { ["objectType"] = [nameOrId ?? ""] },
            };

    public void Dispose()
    {
        Webhooks.Dispose();
        Database.Dispose();
    }
}
