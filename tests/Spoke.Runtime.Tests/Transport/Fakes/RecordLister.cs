using System.Text.Json;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>
/// Reads every record of an object type through the plain list endpoint (<c>GET crm/v3/objects/{type}</c>, paged), so a test
/// can check what the account holds without going through the operation under test.
/// </summary>
internal static class RecordLister
{
    /// <summary>Each record's id (under <c>"id"</c>) and the asked-for properties, as the wire strings received.</summary>
    public static async Task<List<Dictionary<string, string?>>> ListAsync(HubSpotClient client, string objectType, params string[] properties)
    {
        var records = new List<Dictionary<string, string?>>();
        string? after = null;
        do
        {
            List<KeyValuePair<string, string>> query = [new("limit", "100"), new("properties", string.Join(',', properties))];
            if (after is not null)
            {
                query.Add(new("after", after));
            }

            var response = await client.SendAsync(HubSpotRequest.Get($"crm/v3/objects/{objectType}") with { Query = query });
            using var page = JsonDocument.Parse(response.Content);
            foreach (var record in page.RootElement.GetProperty("results").EnumerateArray())
            {
                var values = new Dictionary<string, string?> { ["id"] = record.GetProperty("id").GetString() };
                var returned = record.GetProperty("properties");
                foreach (var property in properties)
                {
                    values[property] = returned.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                }

                records.Add(values);
            }

            after = page.RootElement.TryGetProperty("paging", out var paging) ? paging.GetProperty("next").GetProperty("after").GetString() : null;
        }
        while (after is not null);

        return records;
    }
}
