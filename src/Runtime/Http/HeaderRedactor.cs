using System.Text;

namespace Spoke.Http;

/// <summary>Formats response headers for logs: values of allow-listed headers, <c>REDACTED</c> for every other one.</summary>
internal static class HeaderRedactor
{
    public const string Redacted = "REDACTED";

    public static string Format(HttpResponseMessage response, IReadOnlySet<string> allowed)
    {
        var text = new StringBuilder();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (text.Length > 0)
            {
                text.Append("; ");
            }

            var shown = allowed.Contains(name) && !IsCredential(name) ? string.Join(",", values) : Redacted;
            text.Append(name).Append(": ").Append(shown);
        }

        return text.ToString();
    }

    private static bool IsCredential(string name) =>
        name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Cookie", StringComparison.OrdinalIgnoreCase);
}
