using System.Collections;
using System.Text;

namespace Spoke.Http;

/// <summary>
/// Removes the bearer token from what a server or a handler sends back, before it can reach an exception or a log: a proxy
/// that echoes the request's headers in an error page, or a handler whose exception prints the request message.
/// </summary>
internal static class TokenScrubber
{
    private const string Replacement = "REDACTED";
    private static readonly byte[] ReplacementBytes = Encoding.ASCII.GetBytes(Replacement);

    /// <summary><paramref name="body"/> with every occurrence of the token replaced.</summary>
    public static ReadOnlyMemory<byte> Scrub(ReadOnlyMemory<byte> body, string token)
    {
        var secret = Encoding.ASCII.GetBytes(token);
        var span = body.Span;
        var found = span.IndexOf(secret);
        if (found < 0)
        {
            return body;
        }

        var scrubbed = new List<byte>(body.Length);
        while (found >= 0)
        {
            scrubbed.AddRange(span[..found]);
            scrubbed.AddRange(ReplacementBytes);
            span = span[(found + secret.Length)..];
            found = span.IndexOf(secret);
        }

        scrubbed.AddRange(span);
        return scrubbed.ToArray();
    }

    /// <summary>Whether the exception, its inner exceptions or their <see cref="Exception.Data"/> show the token.</summary>
    public static bool Reveals(Exception exception, string token) =>
        exception.ToString().Contains(token, StringComparison.Ordinal) || Texts(exception).Any(text => text.Contains(token, StringComparison.Ordinal));

    /// <summary>
    /// A copy of the exception chain with the token replaced in every message and no <see cref="Exception.Data"/> that shows
    /// it. The types and <see cref="HttpRequestException.HttpRequestError"/> are kept, so the failure is classified the same;
    /// the stack traces are lost, which is the price of not carrying the secret.
    /// </summary>
    public static Exception Scrub(Exception exception, string token)
    {
        var inner = exception.InnerException is { } cause ? Scrub(cause, token) : null;
        var message = exception.Message.Replace(token, Replacement, StringComparison.Ordinal);
        Exception copy = exception switch
        {
            HttpRequestException http => new HttpRequestException(http.HttpRequestError, message, inner, http.StatusCode),
            IOException => new IOException(message, inner),
            OperationCanceledException => new OperationCanceledException(message, inner),
            _ => new HttpRequestException(HttpRequestError.Unknown, message, inner),
        };
        foreach (DictionaryEntry entry in exception.Data)
        {
            if (!(entry.Value?.ToString() ?? string.Empty).Contains(token, StringComparison.Ordinal))
            {
                copy.Data[entry.Key] = entry.Value;
            }
        }

        return copy;
    }

    private static IEnumerable<string> Texts(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            foreach (DictionaryEntry entry in current.Data)
            {
                yield return entry.Key.ToString() ?? string.Empty;
                yield return entry.Value?.ToString() ?? string.Empty;
            }
        }
    }
}
