namespace Spoke.Cli.Connection;

/// <summary>Where to reach HubSpot (or the emulator) and the token to send.</summary>
/// <param name="BaseAddress">The API root, for example <c>https://api.hubapi.com/</c>; always ends with a slash.</param>
/// <param name="AccessToken">A private-app or OAuth access token. Never printed.</param>
internal sealed record HubSpotConnection(Uri BaseAddress, string AccessToken)
{
    /// <summary>Returns the connection without the token, so it can be logged.</summary>
    public override string ToString() => BaseAddress.ToString();
}
