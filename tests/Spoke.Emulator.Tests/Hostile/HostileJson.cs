using System.Text;
using System.Text.Json.Nodes;

namespace Spoke.Emulator.Tests.Hostile;

/// <summary>
/// Request bodies that HubSpot's clients could send by mistake or malice: every member of a well-formed body replaced in
/// turn by a value of another JSON type, a number out of range or text that is not Unicode; and whole bodies that are
/// not JSON, not UTF-8, nested too deep, cut short, or of the wrong root type.
/// </summary>
internal static class HostileJson
{
    private const string Placeholder = "\u0001hostile\u0001";

    /// <summary>Values, as raw JSON, put in place of each member in turn.</summary>
    public static readonly string[] Values =
    [
        "null", "true", "-1", "1.5", "1e400", "99999999999999999999", "-9223372036854775809", "\"\"", "\"abc\"",
        "\"\\ud800\"", "\"x\\udc00\"", "{}", "[]", "[null,{\"a\":\"\\udfff\"}]", "\"99999999999999999999\"", "\" -1\"",
        new string('[', 70) + new string(']', 70),
    ];

    /// <summary>Whole bodies, as bytes, sent to every endpoint.</summary>
    public static IEnumerable<(string Name, byte[] Body)> Malformed()
    {
        yield return ("empty", []);
        yield return ("whitespace", " \r\n"u8.ToArray());
        yield return ("not JSON", "hello"u8.ToArray());
        yield return ("cut short", "{\"inputs\":[{\"id\":"u8.ToArray());
        yield return ("trailing garbage", "{} {}"u8.ToArray());
        yield return ("a comment", "{/* hi */}"u8.ToArray());
        yield return ("a string root", "\"x\""u8.ToArray());
        yield return ("a number root", "42"u8.ToArray());
        yield return ("a null root", "null"u8.ToArray());
        yield return ("an array root", "[{}]"u8.ToArray());
        yield return ("an object root", "{}"u8.ToArray());
        yield return ("nested 10,000 deep", Encoding.ASCII.GetBytes("{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}"));
        yield return ("invalid UTF-8 in a string", [.. "{\"inputs\":[{\"id\":\"1\",\"properties\":{\"firstname\":\"a"u8, 0xC3, 0x28, .. "\"}}]}"u8]);
        yield return ("invalid UTF-8 in a name", [.. "{\""u8, 0xFF, 0xFE, .. "\":{}}"u8]);
        yield return ("an encoded surrogate (CESU-8)", [.. "{\"label\":\""u8, 0xED, 0xA0, 0x80, .. "\"}"u8]);
        yield return ("a byte order mark", [0xEF, 0xBB, 0xBF, .. "{}"u8]);
        yield return ("UTF-16", Encoding.Unicode.GetBytes("{\"inputs\":[]}"));
        yield return ("a lone surrogate as a name", "{\"\\ud800\":1,\"inputs\":[{\"\\udfff\":\"x\"}]}"u8.ToArray());
        yield return ("a NUL byte", "{\"a\":\"\0\"}"u8.ToArray());
    }

    /// <summary>
    /// The well-formed body with each member (at any depth, array elements included) replaced by each of <see cref="Values"/>,
    /// and with each member's name replaced by a lone surrogate.
    /// </summary>
    public static IEnumerable<(string Where, string Body)> Mutations(string body)
    {
        var root = JsonNode.Parse(body)!;
        foreach (var (path, replace) in Positions(root))
        {
            var original = replace(Placeholder);
            var template = root.ToJsonString();
            replace(original);
            foreach (var value in Values)
            {
                yield return ($"{path} = {Shorten(value)}", template.Replace(JsonValue.Create(Placeholder)!.ToJsonString(), value, StringComparison.Ordinal));
            }
        }

        foreach (var (path, rename) in Names(root))
        {
            var template = rename(Placeholder);
            yield return ($"name of {path} = \\ud800", template.Replace(JsonValue.Create(Placeholder)!.ToJsonString(), "\"\\ud800\"", StringComparison.Ordinal));
        }
    }

    /// <summary>Every position in the tree, with a function that puts a string there and returns what it replaced.</summary>
    private static IEnumerable<(string Path, Func<JsonNode?, JsonNode?> Replace)> Positions(JsonNode node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(member => member.Key).ToList())
                {
                    var child = obj[name];
                    yield return ($"{path}.{name}", value => Swap(obj, name, value));
                    if (child is not null)
                    {
                        foreach (var inner in Positions(child, $"{path}.{name}"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    var at = index;
                    var child = array[at];
                    yield return ($"{path}[{at}]", value => Swap(array, at, value));
                    if (child is not null)
                    {
                        foreach (var inner in Positions(child, $"{path}[{at}]"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    /// <summary>Every member name, with a function that returns the body with that name replaced.</summary>
    private static IEnumerable<(string Path, Func<string, string> Rename)> Names(JsonNode root)
    {
        var text = root.ToJsonString();
        var names = new List<string>();
        Collect(root, names);
        return names.Distinct(StringComparer.Ordinal).Select(name => (name, (Func<string, string>)(replacement =>
            text.Replace(JsonValue.Create(name)!.ToJsonString() + ":", JsonValue.Create(replacement)!.ToJsonString() + ":", StringComparison.Ordinal))));

        static void Collect(JsonNode? node, List<string> names)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, child) in obj)
                    {
                        names.Add(name);
                        Collect(child, names);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Collect(child, names);
                    }

                    break;
            }
        }
    }

    private static JsonNode? Swap(JsonObject obj, string name, JsonNode? value)
    {
        var previous = obj[name];
        obj[name] = value;
        return previous;
    }

    private static JsonNode? Swap(JsonArray array, int index, JsonNode? value)
    {
        var previous = array[index];
        array[index] = value;
        return previous;
    }

    private static string Shorten(string value) => value.Length > 24 ? value[..24] + "…" : value;
}
