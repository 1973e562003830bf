using System.CommandLine;
using Spoke.Configuration;
using Spoke.Redis;

namespace Spoke.Cli.Connection;

/// <summary>
/// The options every command that talks to HubSpot shares: <c>--base-url</c> (default <c>HUBSPOT_BASE_URL</c>, then HubSpot's
/// API), <c>--token-file</c> (the token is taken from <c>HUBSPOT_TOKEN</c> when no file is given; a loopback address such as a
/// local emulator needs none) and <c>--redis</c> (or <c>SPOKE_REDIS</c>), which shares the token's
/// rate-limit budget with every other process on that Redis. The token is never accepted on the command line, so it stays
/// out of shell history and process listings. They become the runtime's <see cref="HubSpotClientOptions"/>.
/// </summary>
internal sealed class HubSpotConnectionOptions
{
    /// <summary>The environment variable that holds the access token.</summary>
    public const string TokenVariable = HubSpotClientOptions.TokenEnvironmentVariable;

    /// <summary>The environment variable that holds the API root when <c>--base-url</c> is not given.</summary>
    public const string BaseUrlVariable = HubSpotClientOptions.BaseUrlEnvironmentVariable;

    /// <summary>The environment variable that turns on the shared budget when <c>--redis</c> is not given.</summary>
    public const string RedisVariable = "SPOKE_REDIS";

    /// <summary>Creates the options; call <see cref="AddTo"/> to register them on a command.</summary>
    public HubSpotConnectionOptions()
    {
        BaseUrl = new Option<Uri>("--base-url")
        {
            Description = $"The HubSpot API root, or a local emulator's address (for example http://127.0.0.1:5080, which needs no token); default {BaseUrlVariable}, then https://api.hubapi.com.",
            DefaultValueFactory = DefaultBaseAddress,
            CustomParser = ParseBaseAddress,
        };
        TokenFile = new Option<FileInfo?>("--token-file")
        {
            Description = $"A file holding the access token. Without it the token is read from {TokenVariable}.",
        };
        Redis = new Option<string?>("--redis")
        {
            Description = $"Share the token's HubSpot rate-limit budget through this Redis (for example localhost:6379) with every process that uses it; default {RedisVariable}. Calls go on under a local share while Redis is down.",
        };
    }

    /// <summary><c>--base-url</c>.</summary>
    public Option<Uri> BaseUrl { get; }

    /// <summary><c>--token-file</c>.</summary>
    public Option<FileInfo?> TokenFile { get; }

    /// <summary><c>--redis</c>.</summary>
    public Option<string?> Redis { get; }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(BaseUrl);
        command.Options.Add(TokenFile);
        command.Options.Add(Redis);
    }

    /// <summary>Reads the base address and the token for one invocation, as the client options every HubSpot call uses.</summary>
    /// <exception cref="CliException">No token is available, the token file is missing or empty, or the Redis address is malformed.</exception>
    public HubSpotClientOptions Resolve(ParseResult parseResult)
    {
        var baseAddress = parseResult.GetRequiredValue(BaseUrl);
        return new()
        {
            BaseAddress = baseAddress,
            AccessToken = ReadToken(parseResult.GetValue(TokenFile), baseAddress),
            BudgetStore = SharedBudget(parseResult.GetValue(Redis) ?? Environment.GetEnvironmentVariable(RedisVariable)),
        };
    }

    private static RedisBudgetStore? SharedBudget(string? configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration))
        {
            return null;
        }

        try
        {
            return new RedisBudgetStore(RedisConnection.Create(configuration));
        }
        catch (ArgumentException exception)
        {
            throw new CliException($"--redis (or {RedisVariable}) is not a Redis address such as localhost:6379: {CliException.MessageOf(exception)}", ExitCodes.UsageError, exception);
        }
    }

    // A loopback address is a local emulator, which the runtime sends its default token when none is given.
    private static string? ReadToken(FileInfo? tokenFile, Uri baseAddress)
    {
        if (tokenFile is null)
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(TokenVariable)?.Trim();
            return string.IsNullOrEmpty(fromEnvironment)
                ? baseAddress.IsLoopback ? null : throw new CliException(
                    $"No HubSpot access token for {baseAddress}. Set {TokenVariable} or pass --token-file PATH (a private app token with the crm.schemas.*.read scopes); only a local emulator's address (--base-url or {BaseUrlVariable}, such as http://127.0.0.1:5080) works without one.",
                    ExitCodes.UsageError)
                : fromEnvironment;
        }

        string content;
        try
        {
            content = File.ReadAllText(tokenFile.FullName).Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read the token file '{tokenFile.FullName}': {exception.Message}", ExitCodes.UsageError, exception);
        }

        return content.Length == 0
            ? throw new CliException($"The token file '{tokenFile.FullName}' is empty. Put the access token on its first line.", ExitCodes.UsageError)
            : content;
    }

    private static Uri DefaultBaseAddress(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = Environment.GetEnvironmentVariable(BaseUrlVariable)?.Trim();
        return string.IsNullOrEmpty(text) ? HubSpotClientOptions.DefaultBaseAddress : Parse(result, text, BaseUrlVariable);
    }

    private static Uri ParseBaseAddress(System.CommandLine.Parsing.ArgumentResult result) =>
        Parse(result, result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value, "--base-url");

    private static Uri Parse(System.CommandLine.Parsing.ArgumentResult result, string text, string setting)
    {
        if (HubSpotBaseUrl.Parse(text) is { } uri)
        {
            return uri;
        }

        result.AddError(HubSpotBaseUrl.Invalid(setting, text));
        return HubSpotClientOptions.DefaultBaseAddress;
    }
}
