using System.Globalization;
using System.Text.Json;
using Spoke.Agents.Text;

namespace Spoke.Agents.Tools.Arguments;

/// <summary>
/// Reads a tool's JSON arguments. Models send numbers as strings and strings as numbers; both are accepted where the
/// meaning is clear. Anything else fails with a message naming the argument and what it should be.
/// </summary>
internal sealed class ToolArguments
{
    private readonly JsonElement _arguments;

    public ToolArguments(JsonElement arguments)
    {
        _arguments = arguments.ValueKind == JsonValueKind.Object ? arguments : EmptyObject;
    }

    /// <summary>The error for an argument holding text that is not valid Unicode.</summary>
    public static ToolCallException NotUnicode(string path) =>
        ToolCallException.Invalid($"'{path}' holds text that is not valid Unicode (an unpaired surrogate such as \\ud800). Send valid UTF-16 text.");

    /// <summary>Reads the arguments of a call, refusing any that cannot be read as JSON or hold text that is not valid Unicode.</summary>
    public static ToolArguments Read(Func<JsonElement> read)
    {
        JsonElement arguments;
        try
        {
            arguments = read();
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw ToolCallException.Invalid($"The arguments could not be read as JSON ({exception.Message}). Send an object of the tool's arguments with valid text.");
        }

        EnsureReadable(arguments);
        return new ToolArguments(arguments);
    }

    /// <summary>
    /// Refuses arguments holding text that is not valid Unicode (an escaped unpaired surrogate such as <c>\ud800</c>),
    /// which .NET cannot read as a string: checked once, up front, so no later read of any argument can fail on it.
    /// </summary>
    public static void EnsureReadable(JsonElement arguments)
    {
        var pending = new Stack<(JsonElement Value, string Path)>();
        pending.Push((arguments, "arguments"));
        while (pending.TryPop(out var item))
        {
            switch (item.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in item.Value.EnumerateObject())
                    {
                        var name = ReadableText(() => property.Name, item.Path + ".<a name>");
                        pending.Push((property.Value, $"{item.Path}.{UntrustedText.Quote(name)}"));
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var element in item.Value.EnumerateArray())
                    {
                        pending.Push((element, $"{item.Path}[{index++}]"));
                    }

                    break;
                case JsonValueKind.String:
                    ReadableText(item.Value.GetString, item.Path);
                    break;
            }
        }
    }

    public bool Has(string name) =>
        _arguments.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);

    public string RequiredString(string name, string hint) =>
        OptionalString(name) ?? throw ToolCallException.Invalid($"'{name}' is required: {hint}");

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw ToolCallException.Invalid($"'{name}' must be a string, not {Describe(value)}."),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public string RequiredChoice(string name, IReadOnlyList<string> choices)
    {
        var value = RequiredString(name, $"one of {string.Join(", ", choices)}.");
        return choices.FirstOrDefault(choice => choice.Equals(value, StringComparison.OrdinalIgnoreCase))
            ?? throw ToolCallException.Invalid($"'{name}' is {UntrustedText.Quote(value)}; use one of {string.Join(", ", choices)}.");
    }

    public int OptionalInt(string name, int defaultValue, int min, int max)
    {
        if (!TryGet(name, out var value))
        {
            return defaultValue;
        }

        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => (int?)null,
        };
        if (parsed is not { } result || result < min || result > max)
        {
            throw ToolCallException.Invalid($"'{name}' must be a whole number from {min} to {max}, not {Describe(value)}.");
        }

        return result;
    }

    public bool OptionalBool(string name)
    {
        if (!TryGet(name, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var flag) => flag,
            _ => throw ToolCallException.Invalid($"'{name}' must be true or false, not {Describe(value)}."),
        };
    }

    public IReadOnlyList<string> StringList(string name)
    {
        if (!TryGet(name, out var value))
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return [.. value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            throw ToolCallException.Invalid($"'{name}' must be an array of strings.");
        }

        return [.. value.EnumerateArray().Select(item => item.GetString()!).Where(item => item.Length > 0)];
    }

    public IReadOnlyDictionary<string, string?> PropertyValues(string name) =>
        TryGet(name, out var value) ? ReadPropertyValues(value, name) : new Dictionary<string, string?>();

    public JsonElement? Element(string name) => TryGet(name, out var value) ? value : null;

    /// <summary>Reads <c>{"name": value}</c>: values become HubSpot wire strings; <see langword="null"/> clears the property ("").</summary>
    public static IReadOnlyDictionary<string, string?> ReadPropertyValues(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw ToolCallException.Invalid($"'{name}' must be an object of property names to values, e.g. {{\"firstname\": \"Ada\"}}.");
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            PropertyNames.CheckWritten(property.Name, name);
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => string.Empty,
                JsonValueKind.Array when property.Value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
                    string.Join(';', property.Value.EnumerateArray().Select(item => item.GetString())),
                _ => throw ToolCallException.Invalid($"'{name}.{property.Name}' must be a string, number, boolean or null (multi-select values as \"a;b\")."),
            };
        }

        return values;
    }

    private bool TryGet(string name, out JsonElement value) =>
        _arguments.TryGetProperty(name, out value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.String => UntrustedText.Quote(value.GetString()!),
        JsonValueKind.Number when value.GetRawText() is { Length: <= UntrustedText.MaxQuotedLength } number => number,
        _ => UntrustedText.Quote(value.GetRawText()),
    };

    private static string ReadableText(Func<string?> read, string path)
    {
        try
        {
            return read() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            throw NotUnicode(path);
        }
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;
}
