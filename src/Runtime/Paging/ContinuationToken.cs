using System.Buffers.Text;
using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;

namespace Spoke.Paging;

/// <summary>
/// The continuation tokens of every pageable: base64url of a small versioned JSON object that names the kind of listing, a
/// fingerprint of what was listed (so a token cannot resume another search, object type or record), and the position.
/// Tokens are self-contained, so they resume in another process; they are not secrets and carry no credentials.
/// </summary>
internal static class ContinuationToken
{
    private const int Version = 1;
    private const int MaxTokenLength = 4_096;
    private const string ParamName = "continuationToken";

    /// <summary>The fingerprint of what a pageable lists: the first 8 bytes of the SHA-256 of its identity, in hex.</summary>
    public static string Fingerprint(string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 8));

    /// <summary>Encodes a position.</summary>
    public static string Encode(ContinuationPosition position)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("k", position.Kind);
            writer.WriteString("f", position.Fingerprint);
            if (position.After is not null)
            {
                writer.WriteString("a", position.After);
            }

            if (position.Offset != 0)
            {
                writer.WriteNumber("o", position.Offset);
            }

            if (position.Before != 0)
            {
                writer.WriteNumber("b", position.Before);
            }

            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>Decodes a token issued for <paramref name="kind"/> and <paramref name="fingerprint"/>.</summary>
    /// <param name="token">The token.</param>
    /// <param name="kind">The kind of listing that decodes it, for example <c>search</c>.</param>
    /// <param name="fingerprint">The fingerprint of the pageable that decodes it.</param>
    /// <param name="what">The listing in words, for messages, for example "search".</param>
    /// <exception cref="ArgumentException">The token is malformed, of another version, or of another listing; the message says which.</exception>
    public static ContinuationPosition Decode(string token, string kind, string fingerprint, string what)
    {
        var position = Read(token);
        if (position.Kind != kind)
        {
            throw Invalid($"it continues {Article(Listing(position.Kind))}, not {Article(what)}. Pass it to the pageable that issued it");
        }

        if (position.Fingerprint != fingerprint)
        {
            throw Invalid($"it continues another {what}. A token resumes only the {what} that issued it (same object type, and same {Identity(kind)})");
        }

        return position;
    }

    /// <summary>The error for a token that decodes but names a position its listing cannot have.</summary>
    public static ArgumentException Invalid(string reason) =>
        new($"The continuation token cannot be used: {reason}. Pass a ContinuationToken from a CrmPage of the same pageable, unchanged.", ParamName);

    private static ContinuationPosition Read(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token, ParamName);
        if (token.Length > MaxTokenLength || !Base64Url.IsValid(token))
        {
            throw Invalid("it is not a token Spoke issued (not base64url text of the right length)");
        }

        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(token));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number)
            {
                throw Invalid("it is not a token Spoke issued (it has no version)");
            }

            if (!version.TryGetInt32(out var number) || number != Version)
            {
                throw Invalid(string.Create(CultureInfo.InvariantCulture, $"it was made by a version of Spoke that this one cannot read (token version {version.GetRawText()}, this version reads {Version})"));
            }

            return new ContinuationPosition(
                Text(root, "k") ?? throw Invalid("it is not a token Spoke issued (it names no listing)"),
                Text(root, "f") ?? throw Invalid("it is not a token Spoke issued (it has no fingerprint)"),
                Text(root, "a"),
                Number(root, "o"),
                Number(root, "b"));
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            throw new ArgumentException(
                "The continuation token cannot be used: it is not a token Spoke issued (its content is not readable). Pass a ContinuationToken from a CrmPage of the same pageable, unchanged.",
                ParamName,
                exception);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static long Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetInt64() : 0;

    private static string Listing(string kind) => kind switch
    {
        ContinuationPosition.SearchKind => "search",
        ContinuationPosition.RecordsKind => "record listing",
        ContinuationPosition.AssociationsKind => "association listing",
        _ => $"listing of another kind ('{kind}')",
    };

    private static string Article(string noun) => noun.StartsWith('a') ? "an " + noun : "a " + noun;

    private static string Identity(string kind) => kind switch
    {
        ContinuationPosition.SearchKind => "filters, sort and query",
        ContinuationPosition.RecordsKind => "archived flag",
        _ => "record and associated object type",
    };
}
