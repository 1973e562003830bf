using System.Text.Json;
using Spoke.Agents.Tools.Results;
using Spoke.Agents.Tools.Schemas;
using Spoke.Owners;

namespace Spoke.Agents.Tools;

/// <summary>
/// <c>search_hubspot_owners</c>: the users (and queues) records can be assigned to, found by name or email, so "assign to Ana"
/// becomes the owner id to write to <c>hubspot_owner_id</c>. Needs the policy's <c>owners</c> read access.
/// </summary>
internal sealed class SearchOwnersTool : HubSpotTool
{
    public const string ToolName = "search_hubspot_owners";

    public const int DefaultLimit = 20;

    private const int MaxLimit = 100;

    /// <summary>Owners read to match a name: HubSpot filters only by exact email, so names are matched here, over at most this many.</summary>
    private const int MaxScannedOwners = 10_000;

    public SearchOwnersTool(ToolServices services)
        : base(services)
    {
    }

    public override string Name => ToolName;

    public override string Title => "Search HubSpot owners";

    public override string Description =>
        "Find HubSpot owners (users records are assigned to) by name or email words; write an owner's id to hubspot_owner_id "
        + "(or another owner property) to assign a record. Without query, lists owners.";

    public override bool IsReadOnly => true;

    public override bool IsDestructive => false;

    public override async Task<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken = default)
    {
        call.Action = "search";
        call.ObjectType = "owners";
        var query = call.Arguments.OptionalString("query")?.Trim();
        var limit = call.Arguments.OptionalInt("limit", DefaultLimit, 1, MaxLimit);
        call.AuthorizeOwners();
        var matches = await FindAsync(query, cancellationToken).ConfigureAwait(false);
        var shown = matches.Take(limit).ToList();
        call.RecordIds.AddRange(shown.Select(owner => owner.Id));
        return ResultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var owner in shown)
            {
                WriteOwner(writer, owner);
            }

            writer.WriteEndArray();
            if (matches.Count > shown.Count)
            {
                writer.WriteString("note", $"{matches.Count - shown.Count} more owners match; narrow the query or raise limit (at most {MaxLimit}).");
            }

            writer.WriteEndObject();
        });
    }

    protected override string OutputSchemaJson { get; } =
        """{"type":"object","properties":{"results":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"]}},"note":{"type":"string"}},"required":["results"]}""";

    protected override IReadOnlyList<string> WriteArgumentSchemas(Utf8JsonWriter writer)
    {
        SchemaWriter.String(writer, "query", "Name or email words, e.g. \"ana\" or \"ana.silva@example.com\".");
        SchemaWriter.Integer(writer, "limit", $"Owners to return (default {DefaultLimit}).", 1, MaxLimit);
        return [];
    }

    private async Task<List<HubSpotOwner>> FindAsync(string? query, CancellationToken cancellationToken)
    {
        // A whole email is HubSpot's one filter: ask for it directly before reading every owner.
        if (query is not null && IsEmail(query))
        {
            var byEmail = await Services.HubSpot.Owners.ListAsync(query, cancellationToken: cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (byEmail.Count > 0)
            {
                return byEmail;
            }
        }

        var words = query?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return await Services.HubSpot.Owners.ListAsync(cancellationToken: cancellationToken)
            .Take(MaxScannedOwners)
            .Where(owner => words.All(word => Matches(owner, word)))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private static bool IsEmail(string text) => text.Contains('@', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace);

    private static bool Matches(HubSpotOwner owner, string word) =>
        new[] { owner.FirstName, owner.LastName, owner.Email }.Any(field => field?.Contains(word, StringComparison.OrdinalIgnoreCase) == true);

    private static void WriteOwner(Utf8JsonWriter writer, HubSpotOwner owner)
    {
        writer.WriteStartObject();
        writer.WriteString("id", owner.Id);
        WriteIfPresent(writer, "email", owner.Email);
        WriteIfPresent(writer, "firstName", owner.FirstName);
        WriteIfPresent(writer, "lastName", owner.LastName);
        WriteIfPresent(writer, "type", owner.Type);
        if (owner.Teams.Count > 0)
        {
            writer.WriteStartArray("teams");
            foreach (var team in owner.Teams)
            {
                writer.WriteStringValue(team.Name ?? team.Id);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}
