using System.Text.Json.Serialization;

namespace Spoke.Benchmarks.Client;

/// <summary>The shape today's HubSpot clients deserialize a search page into: every property a string in a dictionary.</summary>
internal sealed class DictionaryPage
{
    [JsonPropertyName("total")]
    public int Total { get; set; }

    [JsonPropertyName("results")]
    public List<DictionaryRecord> Results { get; set; } = [];
}

/// <summary>One record of <see cref="DictionaryPage"/>.</summary>
internal sealed class DictionaryRecord
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("properties")]
    public Dictionary<string, string?> Properties { get; set; } = [];

    [JsonPropertyName("createdAt")]
    public DateTimeOffset CreatedAt { get; set; }

    [JsonPropertyName("updatedAt")]
    public DateTimeOffset UpdatedAt { get; set; }

    [JsonPropertyName("archived")]
    public bool Archived { get; set; }
}

/// <summary>Source-generated metadata, so the baseline is System.Text.Json at its fastest.</summary>
[JsonSerializable(typeof(DictionaryPage))]
internal sealed partial class DictionaryPageContext : JsonSerializerContext;
