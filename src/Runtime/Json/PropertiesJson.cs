using System.Text.Json;

namespace Spoke.Json;

/// <summary>Writes the <c>properties</c> object of a create, update or upsert from an input's changes.</summary>
internal static class PropertiesJson
{
    /// <summary>Writes <c>{"email":"a@b.c","phone":""}</c>, optionally leaving one property out.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> changes, string? except = null)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in changes)
        {
            if (!string.Equals(name, except, StringComparison.Ordinal))
            {
                writer.WriteString(name, value);
            }
        }

        writer.WriteEndObject();
    }
}
