using System.Globalization;

namespace Spoke.Emulator.CommandLine;

/// <summary>Turns command-line arguments into <see cref="HubSpotEmulatorOptions"/>.</summary>
internal static class EmulatorArguments
{
    public const string Usage = """
        Usage: spoke-emulator [options]

          --port N                 TCP port (default 5080; 0 picks a free port)
          --listen ADDRESS         address to listen on (default 127.0.0.1; other addresses expose the emulator)
          --token VALUE            accepted Bearer token (repeatable; default pat-na1-emulator-local-dev)
          --scopes A,B,...         scopes of the --token tokens (default: every scope)
          --tier NAME              starter | professional | enterprise | api-limit-increase (default professional)
          --oauth                  treat the --token tokens as OAuth tokens (110 per 10 s, no daily quota)
          --seed TYPE=N,...        records to create, e.g. contacts=10000,companies=500,deals=2000,tickets=1000
          --data-seed N            seed of the fake data (default 8675309)
          --schemas DIR            schema snapshot folder (default: schema-snapshots found upward)
          --data FILE              keep the account in FILE: loaded at start, every write journaled beside it
          --no-rate-limits         switch off the burst, search and daily limits
          --search-delay MS        keep new and changed records out of search for MS milliseconds
          --fault SPEC             inject faults, e.g. kind=status,status=503,percent=10,path=/crm/v3/objects/*
                                   kinds: status, latency (ms=N), drop, lose-response; also method=POST (repeatable)
          --fault-seed N           seed of fault decisions (default 1)
          --help                   show this help
        """;

    public static HubSpotEmulatorOptions Parse(IReadOnlyList<string> args, out bool showHelp)
    {
        var options = new HubSpotEmulatorOptions { Port = 5080 };
        var tokenValues = new List<string>();
        IReadOnlyCollection<string>? scopes = null;
        var tier = HubSpotTier.Professional;
        var kind = EmulatorTokenKind.PrivateApp;
        showHelp = false;
        for (var index = 0; index < args.Count; index++)
        {
            var name = args[index];
            string Value() => index + 1 < args.Count ? args[++index] : throw new CommandLineError($"{name} needs a value.");
            switch (name)
            {
                case "--help" or "-h" or "-?":
                    showHelp = true;
                    break;
                case "--port":
                    options.Port = Integer(name, Value(), 0, 65_535);
                    break;
                case "--listen":
                    options.ListenAddress = Value();
                    break;
                case "--token":
                    tokenValues.Add(Value());
                    break;
                case "--scopes":
                    scopes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--tier":
                    tier = ParseTier(Value());
                    break;
                case "--oauth":
                    kind = EmulatorTokenKind.OAuth;
                    break;
                case "--seed":
                    ParseSeed(Value(), options);
                    break;
                case "--data-seed":
                    options.DataSeed = Integer(name, Value(), int.MinValue, int.MaxValue);
                    break;
                case "--schemas":
                    options.SchemaDirectory = Value();
                    break;
                case "--data":
                    options.DataFile = Value();
                    break;
                case "--no-rate-limits":
                    options.RateLimits.Enabled = false;
                    break;
                case "--search-delay":
                    options.SearchIndexingDelay = TimeSpan.FromMilliseconds(Integer(name, Value(), 0, int.MaxValue));
                    break;
                case "--fault":
                    options.Faults.Rules.Add(FaultSpec.Parse(Value()));
                    break;
                case "--fault-seed":
                    options.Faults.Seed = Integer(name, Value(), int.MinValue, int.MaxValue);
                    break;
                default:
                    throw new CommandLineError($"Unknown argument \"{name}\". Run with --help to see the options.");
            }
        }

        if (tokenValues.Count == 0 && (scopes is not null || kind != EmulatorTokenKind.PrivateApp || tier != HubSpotTier.Professional))
        {
            tokenValues.Add(HubSpotEmulatorOptions.DefaultAccessToken);
        }

        foreach (var value in tokenValues)
        {
            options.Tokens.Add(new EmulatorToken(value) { Scopes = scopes, Tier = tier, Kind = kind });
        }

        return options;
    }

    public static int Integer(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CommandLineError($"{name} must be a whole number from {min} to {max}, but was \"{text}\".");

    private static HubSpotTier ParseTier(string text) => text.ToLowerInvariant() switch
    {
        "starter" or "free" => HubSpotTier.Starter,
        "professional" => HubSpotTier.Professional,
        "enterprise" => HubSpotTier.Enterprise,
        "api-limit-increase" => HubSpotTier.ApiLimitIncrease,
        _ => throw new CommandLineError($"--tier must be starter, professional, enterprise or api-limit-increase, but was \"{text}\"."),
    };

    private static void ParseSeed(string text, HubSpotEmulatorOptions options)
    {
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new CommandLineError($"--seed takes TYPE=COUNT pairs such as contacts=1000, but got \"{pair}\".");
            }

            options.Seed[parts[0]] = Integer($"--seed {parts[0]}", parts[1], 0, 10_000_000);
        }
    }
}
