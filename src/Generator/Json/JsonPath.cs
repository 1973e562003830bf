namespace Spoke.Generator.Json;

/// <summary>Builds the JSON paths diagnostics quote, so a reader can find the member in the file.</summary>
internal static class JsonPath
{
    /// <summary>
    /// The path of member <paramref name="key"/> under <paramref name="parent"/>: dot notation for plain keys, bracket notation
    /// for keys that dot notation would misread (option values such as <c>"a.b"</c> or <c>"1 year"</c>).
    /// </summary>
    public static string Member(string parent, string key) =>
        IsPlain(key) ? parent + "." + key : parent + "['" + key.Replace("\\", "\\\\").Replace("'", "\\'") + "']";

    private static bool IsPlain(string key)
    {
        if (key.Length == 0 || char.IsDigit(key[0]))
        {
            return false;
        }

        foreach (var character in key)
        {
            if (!(character == '_' || character == '-' || char.IsLetterOrDigit(character)))
            {
                return false;
            }
        }

        return true;
    }
}
