using System.Buffers;
using System.Text.Json;
using Spoke.Http;

namespace Spoke;

/// <summary>
/// A request to any HubSpot endpoint, for <see cref="HubSpotClient.SendAsync(HubSpotRequest, CancellationToken)"/>: it goes
/// through the same rate limiter, retries, timeouts, token handling and errors as every other call of the client. The
/// content is kept as bytes, so every attempt sends the same request.
/// </summary>
/// <example><code>
/// var request = HubSpotRequest.Get("crm/v3/owners") with { Query = [new("limit", "100")] };
/// var response = await client.SendAsync(request);
/// </code></example>
public sealed record HubSpotRequest
{
    private readonly RequestKind? _kind;
    private readonly bool? _isSafeToRepeat;
    private readonly bool _isSearch;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _query = [];

    /// <summary>Creates a request without content.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">
    /// The path relative to the client's base address, already escaped, without a query: for example
    /// <c>crm/v3/objects/contacts/512</c>. Put query parameters in <see cref="Query"/>.
    /// </param>
    /// <exception cref="ArgumentException">The path is empty, absolute, carries a query or fragment, or is not escaped.</exception>
    public HubSpotRequest(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        Method = method;
        Path = ValidPath(path);
    }

    internal HubSpotRequest(HttpMethod method, string path, RequestKind kind)
        : this(method, path)
    {
        _kind = kind;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The escaped path relative to the client's base address.</summary>
    public string Path { get; }

    /// <summary>Query parameters, unescaped; the client escapes names and values.</summary>
    /// <exception cref="ArgumentException">A parameter has no name.</exception>
    public IReadOnlyList<KeyValuePair<string, string>> Query
    {
        get => _query;
        init => _query = ValidQuery(value);
    }

    /// <summary>The UTF-8 JSON content, or <see langword="null"/> when the request has none.</summary>
    public ReadOnlyMemory<byte>? Content { get; init; }

    /// <summary>
    /// Whether repeating the request leaves HubSpot as one request would: the client then retries it after a timeout, a
    /// dropped connection, a 408 or a 5xx, when an attempt may have been applied. Defaults to <see langword="true"/> for
    /// GET, HEAD, OPTIONS, PUT and DELETE and for searches, <see langword="false"/> for POST and PATCH. A request that is
    /// not safe to repeat is still retried when no attempt can have reached HubSpot (a 429, a connection never opened).
    /// </summary>
    public bool IsSafeToRepeat
    {
        get => _kind is { } kind ? kind != RequestKind.NonIdempotentWrite : IsSearch || (_isSafeToRepeat ?? IsSafeMethod(Method));
        init => _isSafeToRepeat = value;
    }

    /// <summary>
    /// Whether the request is a CRM search (<c>POST …/search</c>): it then draws from the per-second search budget
    /// (<see cref="HubSpotClientOptions.SearchRequestsPerSecond"/>) instead of the burst budget, and is always safe to repeat.
    /// </summary>
    public bool IsSearch
    {
        get => _kind is { } kind ? kind == RequestKind.Search : _isSearch;
        init => _isSearch = value;
    }

    /// <summary>What the request does, which decides its rate limits, its retries and what a failure says about it.</summary>
    internal RequestKind Kind => _kind ?? (IsSearch ? RequestKind.Search
        : !IsSafeToRepeat ? RequestKind.NonIdempotentWrite
        : IsReadMethod(Method) ? RequestKind.Read
        : RequestKind.IdempotentWrite);

    /// <summary>A GET request.</summary>
    /// <param name="path">The escaped path relative to the base address, for example <c>crm/v3/objects/contacts/512</c>.</param>
    /// <returns>The request; add query parameters with <c>with { Query = … }</c>.</returns>
    public static HubSpotRequest Get(string path) => new(HttpMethod.Get, path);

    /// <summary>A POST request with JSON content; not safe to repeat unless marked with <c>with { IsSafeToRepeat = true }</c>.</summary>
    /// <param name="path">The escaped path relative to the base address.</param>
    /// <param name="content">The UTF-8 JSON content.</param>
    /// <returns>The request.</returns>
    public static HubSpotRequest Post(string path, ReadOnlyMemory<byte> content) => new(HttpMethod.Post, path) { Content = content };

    /// <summary>A PUT request, with JSON content or none; safe to repeat.</summary>
    /// <param name="path">The escaped path relative to the base address.</param>
    /// <param name="content">The UTF-8 JSON content, or <see langword="null"/> for none.</param>
    /// <returns>The request.</returns>
    public static HubSpotRequest Put(string path, ReadOnlyMemory<byte>? content = null) => new(HttpMethod.Put, path) { Content = content };

    /// <summary>A PATCH request with JSON content; not safe to repeat unless marked with <c>with { IsSafeToRepeat = true }</c>.</summary>
    /// <param name="path">The escaped path relative to the base address.</param>
    /// <param name="content">The UTF-8 JSON content.</param>
    /// <returns>The request.</returns>
    public static HubSpotRequest Patch(string path, ReadOnlyMemory<byte> content) => new(HttpMethod.Patch, path) { Content = content };

    /// <summary>A DELETE request; safe to repeat.</summary>
    /// <param name="path">The escaped path relative to the base address.</param>
    /// <returns>The request.</returns>
    public static HubSpotRequest Delete(string path) => new(HttpMethod.Delete, path);

    /// <summary>A CRM search, <c>POST crm/v3/objects/{objectType}/search</c>, drawing from the search budget.</summary>
    /// <param name="objectType">The object type to search.</param>
    /// <param name="content">The UTF-8 JSON search body (filter groups, sorts, properties, limit, after).</param>
    /// <returns>The request.</returns>
    public static HubSpotRequest Search(CrmObjectType objectType, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return new(HttpMethod.Post, CrmPaths.Search(objectType)) { Content = content, IsSearch = true };
    }

    /// <summary>Creates a request whose JSON content is written once by <paramref name="writeContent"/> and sent on every attempt.</summary>
    internal static HubSpotRequest WithJson(
        HttpMethod method, string path, RequestKind kind, Action<Utf8JsonWriter> writeContent, IReadOnlyList<KeyValuePair<string, string>>? query = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writeContent(writer);
        }

        return new HubSpotRequest(method, path, kind) { Content = buffer.WrittenMemory, Query = query ?? [] };
    }

    private static bool IsReadMethod(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;

    private static bool IsSafeMethod(HttpMethod method) => IsReadMethod(method) || method == HttpMethod.Put || method == HttpMethod.Delete;

    private static string ValidPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path.StartsWith("//", StringComparison.Ordinal) || path.Contains("://", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The path must be relative to the client's base address, such as crm/v3/objects/contacts; '{Shown(path)}' is not.", nameof(path));
        }

        if (path.AsSpan().IndexOfAny('?', '#') >= 0)
        {
            throw new ArgumentException(
                $"The path must not carry a query or fragment ('{Shown(path)}'); put query parameters in {nameof(Query)}.", nameof(path));
        }

        if (path.Any(static c => char.IsWhiteSpace(c) || char.IsControl(c) || c > '\u007e'))
        {
            throw new ArgumentException(
                $"The path must be escaped: '{Shown(path)}' contains spaces, control or non-ASCII characters. Escape each segment with Uri.EscapeDataString.",
                nameof(path));
        }

        return path;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> ValidQuery(IReadOnlyList<KeyValuePair<string, string>> query)
    {
        ArgumentNullException.ThrowIfNull(query, nameof(Query));
        foreach (var (name, value) in query)
        {
            if (string.IsNullOrEmpty(name) || value is null)
            {
                throw new ArgumentException("Every query parameter needs a name and a value (an empty string for none).", nameof(Query));
            }
        }

        return query;
    }

    private static string Shown(string path) => path.Length <= 100 ? path : string.Concat(path.AsSpan(0, 100), "…");
}
