using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Spoke.Emulator.CommandLine;

/// <summary>
/// The emulator's command-line options, defined once for System.CommandLine and mapped onto <see cref="HubSpotEmulatorOptions"/>:
/// the same definition serves <c>spoke emulator</c> and the emulator's own entry point, so both accept, describe and reject the
/// same arguments.
/// </summary>
internal sealed class EmulatorArguments
{
    private readonly Option<int> _port = new("--port")
    {
        Description = "TCP port (0 picks a free port).",
        DefaultValueFactory = _ => 5080,
        CustomParser = result => Parse(result, text => Integer("--port", text, 0, 65_535)),
    };

    private readonly Option<string?> _listen = new("--listen")
    {
        Description = "The address to listen on (default 127.0.0.1; other addresses expose the emulator).",
        HelpName = "address",
    };

    private readonly Option<string[]> _tokens = new("--token")
    {
        Description = $"An accepted Bearer token (repeatable; default {HubSpotEmulatorOptions.DefaultAccessToken}).",
        HelpName = "value",
    };

    private readonly Option<string?> _scopes = new("--scopes")
    {
        Description = "Scopes of the --token tokens, comma-separated (default: every scope).",
        HelpName = "a,b,...",
    };

    private readonly Option<HubSpotTier> _tier = new("--tier")
    {
        Description = "The account's tier: starter, professional, enterprise or api-limit-increase.",
        DefaultValueFactory = _ => HubSpotTier.Professional,
        CustomParser = result => Parse(result, ParseTier),
        HelpName = "name",
    };

    private readonly Option<bool> _oauth = new("--oauth")
    {
        Description = "Treat the --token tokens as OAuth tokens (110 requests per 10 s, no daily quota).",
    };

    private readonly Option<IReadOnlyDictionary<string, int>> _seed = new("--seed")
    {
        Description = "Records to create, for example contacts=10000,companies=500,deals=2000,tickets=1000 (repeatable).",
        CustomParser = ParseSeed,
        HelpName = "type=n,...",
    };

    private readonly Option<int?> _dataSeed = new("--data-seed")
    {
        Description = "The seed of the fake data (default 8675309).",
        CustomParser = result => Parse<int?>(result, text => Integer("--data-seed", text, int.MinValue, int.MaxValue)),
        HelpName = "n",
    };

    private readonly Option<string?> _schemas = new("--schemas")
    {
        Description = "The schema snapshot folder (default: the first schema-snapshots folder found upward).",
        HelpName = "dir",
    };

    private readonly Option<string?> _data = new("--data")
    {
        Description = "Keep the account in this file: loaded at start, every write journaled beside it.",
        HelpName = "file",
    };

    private readonly Option<bool> _noRateLimits = new("--no-rate-limits")
    {
        Description = "Switch off the burst, search and daily limits.",
    };

    private readonly Option<int?> _searchDelay = new("--search-delay")
    {
        Description = "Keep new and changed records out of search for this many milliseconds.",
        CustomParser = result => Parse<int?>(result, text => Integer("--search-delay", text, 0, int.MaxValue)),
        HelpName = "ms",
    };

    private readonly Option<FaultRule[]> _faults = new("--fault")
    {
        Description = "Inject faults (repeatable), for example kind=status,status=503,percent=10,path=/crm/v3/objects/*; "
            + "kinds: status, latency (ms=N), drop, lose-response; also method=POST.",
        CustomParser = ParseFaults,
        HelpName = "spec",
    };

    private readonly Option<int?> _faultSeed = new("--fault-seed")
    {
        Description = "The seed of fault decisions (default 1).",
        CustomParser = result => Parse<int?>(result, text => Integer("--fault-seed", text, int.MinValue, int.MaxValue)),
        HelpName = "n",
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Option[] options = [_port, _listen, _tokens, _scopes, _tier, _oauth, _seed, _dataSeed, _schemas, _data, _noRateLimits, _searchDelay, _faults, _faultSeed];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The emulator options the parsed arguments describe.</summary>
    public HubSpotEmulatorOptions Bind(ParseResult parseResult)
    {
        var options = new HubSpotEmulatorOptions { Port = parseResult.GetValue(_port), SchemaDirectory = parseResult.GetValue(_schemas), DataFile = parseResult.GetValue(_data) };
        options.ListenAddress = parseResult.GetValue(_listen) ?? options.ListenAddress;
        options.DataSeed = parseResult.GetValue(_dataSeed) ?? options.DataSeed;
        options.RateLimits.Enabled = !parseResult.GetValue(_noRateLimits);
        options.SearchIndexingDelay = TimeSpan.FromMilliseconds(parseResult.GetValue(_searchDelay) ?? 0);
        options.Faults.Seed = parseResult.GetValue(_faultSeed) ?? options.Faults.Seed;
        foreach (var (type, count) in parseResult.GetValue(_seed) ?? new Dictionary<string, int>())
        {
            options.Seed[type] = count;
        }

        foreach (var rule in parseResult.GetValue(_faults) ?? [])
        {
            options.Faults.Rules.Add(rule);
        }

        var scopes = parseResult.GetValue(_scopes)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tier = parseResult.GetValue(_tier);
        var kind = parseResult.GetValue(_oauth) ? EmulatorTokenKind.OAuth : EmulatorTokenKind.PrivateApp;
        var tokens = parseResult.GetValue(_tokens) ?? [];
        // Scopes, a tier or OAuth without a token describe the default token.
        if (tokens.Length == 0 && (scopes is not null || kind != EmulatorTokenKind.PrivateApp || tier != HubSpotTier.Professional))
        {
            tokens = [HubSpotEmulatorOptions.DefaultAccessToken];
        }

        foreach (var value in tokens)
        {
            options.Tokens.Add(new EmulatorToken(value) { Scopes = scopes, Tier = tier, Kind = kind });
        }

        return options;
    }

    public static int Integer(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CommandLineError($"{name} must be a whole number from {min} to {max}, but was \"{text}\".");

    // Runs a parser of the option's one value, turning its CommandLineError into a parse error that names the problem.
    private static T? Parse<T>(ArgumentResult result, Func<string, T> parse)
    {
        try
        {
            return parse(result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty);
        }
        catch (CommandLineError error)
        {
            result.AddError(error.Message);
            return default;
        }
    }

    private static HubSpotTier ParseTier(string text) => text.ToLowerInvariant() switch
    {
        "starter" or "free" => HubSpotTier.Starter,
        "professional" => HubSpotTier.Professional,
        "enterprise" => HubSpotTier.Enterprise,
        "api-limit-increase" => HubSpotTier.ApiLimitIncrease,
        _ => throw new CommandLineError($"--tier must be starter, professional, enterprise or api-limit-increase, but was \"{text}\"."),
    };

    private static IReadOnlyDictionary<string, int> ParseSeed(ArgumentResult result)
    {
        var seed = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var pair in result.Tokens.SelectMany(token => token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || parts[0].Length == 0)
                {
                    throw new CommandLineError($"--seed takes TYPE=COUNT pairs such as contacts=1000, but got \"{pair}\".");
                }

                seed[parts[0]] = Integer($"--seed {parts[0]}", parts[1], 0, 10_000_000);
            }
        }
        catch (CommandLineError error)
        {
            result.AddError(error.Message);
        }

        return seed;
    }

    private static FaultRule[] ParseFaults(ArgumentResult result)
    {
        try
        {
            return [.. result.Tokens.Select(token => FaultSpec.Parse(token.Value))];
        }
        catch (CommandLineError error)
        {
            result.AddError(error.Message);
            return [];
        }
    }
}
