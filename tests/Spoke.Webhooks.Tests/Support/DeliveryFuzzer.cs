using System.Globalization;
using System.Text;
using Spoke.Webhooks.Signatures;

namespace Spoke.Webhooks.Tests.Support;

/// <summary>
/// Random webhook deliveries, hostile and genuine, from one seed: event bodies with numbers out of range, ids as strings,
/// invalid UTF-8, lone surrogates, deep nesting, truncation and flipped bytes; signed correctly, signed with the wrong
/// secret, over another body or another timestamp, with timestamps that are huge, negative, spaced or repeated, with
/// legacy or garbage signatures, or unsigned.
/// </summary>
internal sealed class DeliveryFuzzer(int seed, string uri, int maxBodyBytes)
{
    private static readonly string[] SubscriptionTypes =
        ["contact.creation", "deal.propertyChange", "company.deletion", "contact.merge", "contact.associationChange", "object.propertyChange", "conversation.newMessage", "x.y", ""];

    private static readonly string[] HostileNumbers =
    [
        "99999999999999999999", "1e400", "-0", "1.5", "9223372036854775807", "-9223372036854775808", "\"9223372036854775808\"",
        "2147483648", "-2147483649", "253402300800000", "-62135596800001", "999999999999999999", "null", "true", "{}", "[]", "\"\"",
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0031\"", "\" 1\"", "\"1 \"", "\"0x10\"", "\"+5\"",
    ];

    private static readonly string[] HostileTimestamps =
        ["999999999999999", "9223372036854775807", "99999999999999999999", "-1", "0", "", " ", "abc", "1e12", "1700000000000.5", "+1700000000000", "0x1"];

    private static readonly byte[] InvalidUtf8 = [0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80];

    private static readonly string[] ContentTypes = ["application/json", "text/plain", "application/json; charset=latin1", "application/x-www-form-urlencoded", "garbage"];

    private readonly Random _random = new(seed);

    /// <summary>The next delivery, and whether its signature and timestamp are genuine (only then may events reach a handler).</summary>
    public FuzzedDelivery Next()
    {
        var (body, bodyKind) = Body();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var headers = new List<(string Name, string Value)>();
        var authentic = false;
        string signing;
        switch (_random.Next(10))
        {
            case < 4:
                signing = "genuine v3";
                headers.Add((HubSpotWebhookHeaders.RequestTimestamp, timestamp));
                headers.Add((HubSpotWebhookHeaders.SignatureV3, HubSpotWebhookSigner.SignV3(SignedDelivery.Secret, "POST", uri, body, timestamp)));
                authentic = true;
                break;
            case 4:
                signing = "v3 with another secret";
                headers.Add((HubSpotWebhookHeaders.RequestTimestamp, timestamp));
                headers.Add((HubSpotWebhookHeaders.SignatureV3, HubSpotWebhookSigner.SignV3("another-secret", "POST", uri, body, timestamp)));
                break;
            case 5:
                signing = "v3 over another body";
                headers.Add((HubSpotWebhookHeaders.RequestTimestamp, timestamp));
                headers.Add((HubSpotWebhookHeaders.SignatureV3, HubSpotWebhookSigner.SignV3(SignedDelivery.Secret, "POST", uri, [.. body, (byte)' '], timestamp)));
                break;
            case 6:
                var hostile = HostileTimestamps[_random.Next(HostileTimestamps.Length)];
                signing = $"v3 signed over the timestamp '{hostile}'";
                headers.Add((HubSpotWebhookHeaders.RequestTimestamp, hostile));
                headers.Add((HubSpotWebhookHeaders.SignatureV3, HubSpotWebhookSigner.SignV3(SignedDelivery.Secret, "POST", uri, body, hostile)));
                break;
            case 7:
                signing = "v3 with the timestamp header twice";
                headers.Add((HubSpotWebhookHeaders.RequestTimestamp, timestamp));
                headers.Add((HubSpotWebhookHeaders.RequestTimestamp, timestamp));
                headers.Add((HubSpotWebhookHeaders.SignatureV3, HubSpotWebhookSigner.SignV3(SignedDelivery.Secret, "POST", uri, body, timestamp)));
                break;
            case 8:
                signing = "genuine v1 only (legacy signatures are off)";
                headers.Add((HubSpotWebhookHeaders.SignatureVersion, _random.Next(2) == 0 ? "v1" : "V1 "));
                headers.Add((HubSpotWebhookHeaders.Signature, HubSpotWebhookSigner.SignV1(SignedDelivery.Secret, body)));
                break;
            default:
                signing = "garbage or no signature";
                if (_random.Next(3) > 0)
                {
                    headers.Add((HubSpotWebhookHeaders.RequestTimestamp, timestamp));
                    headers.Add((_random.Next(2) == 0 ? HubSpotWebhookHeaders.SignatureV3 : HubSpotWebhookHeaders.Signature, GarbageSignature()));
                    headers.Add((HubSpotWebhookHeaders.SignatureVersion, _random.Next(2) == 0 ? "v9" : "v2"));
                }

                break;
        }

        var contentType = _random.Next(4) == 0 ? ContentTypes[_random.Next(ContentTypes.Length)] : _random.Next(8) == 0 ? null : "application/json";
        return new FuzzedDelivery(body, headers, contentType, authentic, $"{bodyKind}, {signing}, content type {contentType ?? "none"}");
    }

    private (byte[] Body, string Kind) Body()
    {
        var events = Events(_random.Next(1, 6));
        switch (_random.Next(14))
        {
            case < 4:
                return (Encoding.UTF8.GetBytes(events), "events");
            case 4:
                var numeric = new[] { "eventId", "objectId", "occurredAt", "attemptNumber", "portalId", "numberOfPropertiesMoved" }[_random.Next(6)];
                var value = HostileNumbers[_random.Next(HostileNumbers.Length)];
                return (Encoding.UTF8.GetBytes(events.Replace($"\"{numeric}\":", $"\"{numeric}\":{value},\"was\":", StringComparison.Ordinal)), $"{numeric} = {value}");
            case 5:
                var bytes = Encoding.UTF8.GetBytes(events);
                var at = _random.Next(bytes.Length);
                var invalid = InvalidUtf8.AsSpan(_random.Next(InvalidUtf8.Length - 1), 2);
                return ([.. bytes[..at], .. invalid, .. bytes[at..]], $"invalid UTF-8 at {at}");
            case 6:
                var whole = Encoding.UTF8.GetBytes(events);
                var cut = _random.Next(whole.Length);
                return (whole[..cut], $"cut at {cut}");
            case 7:
                var flipped = Encoding.UTF8.GetBytes(events);
                var position = _random.Next(flipped.Length);
                flipped[position] = (byte)_random.Next(256);
                return (flipped, $"byte {position} flipped");
            case 8:
                var depth = _random.Next(60, 400);
                return (Encoding.UTF8.GetBytes(events.Replace("\"changeSource\":", $"\"deep\":{new string('[', depth)}{new string(']', depth)},\"changeSource\":", StringComparison.Ordinal)), $"nested {depth} deep");
            case 9:
                var root = new[] { "{}", "\"events\"", "42", "null", "true", "[[]]", "[1,2]", "", " ", "[]", "[{}]" }[_random.Next(11)];
                return (Encoding.UTF8.GetBytes(root), $"root '{root}'");
            case 10:
                return (Encoding.UTF8.GetBytes(Events(_random.Next(99, 104))), "about 100 events");
            case 11:
                return (Encoding.UTF8.GetBytes(events.Replace("\"propertyValue\":\"x\"", $"\"propertyValue\":\"{new string('x', maxBodyBytes)}\"", StringComparison.Ordinal) + new string(' ', maxBodyBytes / 2)), "over the body limit");
            case 12:
                return (Encoding.UTF8.GetBytes(events.Replace("\"propertyValue\":\"x\"", "\"propertyValue\":\"\\ud83d\\ude00 \\u0000 \\\\u0041\",\"propertyValue\":\"dup\"", StringComparison.Ordinal)), "escapes and duplicate keys");
            default:
                return (Encoding.UTF8.GetBytes(events.Replace("\"subscriptionType\":", "\"subscriptionType\":{\"nested\":true},\"was\":", StringComparison.Ordinal)), "subscriptionType as an object");
        }
    }

    private string Events(int count) =>
        "[" + string.Join(',', Enumerable.Range(0, count).Select(_ =>
        {
            var type = SubscriptionTypes[_random.Next(SubscriptionTypes.Length)];
            var id = _random.NextInt64(1, long.MaxValue);
            var objectId = _random.Next(2) == 0 ? $"{_random.Next(1, 1000)}" : $"\"{_random.Next(1, 1000)}\"";
            return $$"""{"eventId":{{id}},"subscriptionId":{{_random.Next(1, 9)}},"portalId":62515,"appId":54321,"occurredAt":{{_random.NextInt64(0, 4_000_000_000_000)}},"subscriptionType":"{{type}}","attemptNumber":{{_random.Next(0, 10)}},"objectId":{{objectId}},"objectTypeId":"0-{{_random.Next(1, 4)}}","propertyName":"firstname","propertyValue":"x","mergedObjectIds":[1,"2"],"numberOfPropertiesMoved":{{_random.Next(0, 9)}},"associationType":"CONTACT_TO_COMPANY","fromObjectId":1,"toObjectId":2,"associationRemoved":false,"isPrimaryAssociation":true,"changeSource":"CRM_UI","newField":{"kept":[1,null]} }""";
        })) + "]";

    private string GarbageSignature() => _random.Next(5) switch
    {
        0 => "",
        1 => new string('A', _random.Next(1, 300)),
        2 => "not base64 !!",
        3 => Convert.ToBase64String(new byte[_random.Next(0, 64)]),
        _ => Convert.ToHexString(new byte[_random.Next(0, 64)]),
    };
}

/// <summary>One fuzzed request and whether it is genuinely signed and fresh.</summary>
internal sealed record FuzzedDelivery(byte[] Body, IReadOnlyList<(string Name, string Value)> Headers, string? ContentType, bool IsAuthentic, string Description);
