using Spoke.Authentication;
using Spoke.Errors;

namespace Spoke.Http;

/// <summary>Sends one <see cref="HubSpotRequest"/> over HTTP with the bearer token and returns the buffered response.</summary>
internal sealed class HubSpotTransport
{
    private readonly HttpClient _httpClient;
    private readonly Uri _baseAddress;
    private readonly IAccessTokenSource _tokenSource;
    private readonly TimeProvider _timeProvider;

    public HubSpotTransport(HttpClient httpClient, Uri baseAddress, IAccessTokenSource tokenSource, TimeProvider timeProvider)
    {
        _httpClient = httpClient;
        _baseAddress = baseAddress;
        _tokenSource = tokenSource;
        _timeProvider = timeProvider;
    }

    /// <summary>Sends the request once and returns the response, whatever its status.</summary>
    public async Task<HubSpotResponse> SendAttemptAsync(HubSpotRequest request, CancellationToken cancellationToken)
    {
        var token = await _tokenSource.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        using var message = HttpRequestMessageFactory.Create(_baseAddress, request, token);
        using var response = await _httpClient
            .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        return await HubSpotResponseReader.ReadAsync(response, _timeProvider, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Throws the matching <see cref="HubSpotException"/> unless HubSpot accepted the request.</summary>
    public static HubSpotResponse EnsureSuccess(HubSpotRequest request, HubSpotResponse response) =>
        response.IsSuccess ? response : throw HubSpotExceptionFactory.FromResponse(request, response);
}
