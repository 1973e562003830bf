namespace Spoke.Agents.Tests.Mcp;

/// <summary>JSON-RPC frames an agent can send that the MCP SDK rejects before any tool runs, each with the tool it names.</summary>
internal static class MalformedRequests
{
    /// <summary>(frame, JSON id of the request or null when there is none to answer, tool name as given or null when none can be read).</summary>
    public static IReadOnlyList<(string Frame, string? Id, string? Tool)> All { get; } =
    [
        ("""{"jsonrpc":"2.0","id":101,"method":"tools/call","params":{"name":"no_such_tool","arguments":{}}}""", "101", "no_such_tool"),
        ("""{"jsonrpc":"2.0","id":102,"method":"tools/call","params":{"name":"search_hubspot","arguments":[1,2]}}""", "102", "search_hubspot"),
        ("""{"jsonrpc":"2.0","id":103,"method":"tools/call","params":{"name":"search_hubspot","arguments":"objectType=contacts"}}""", "103", "search_hubspot"),
        ("""{"jsonrpc":"2.0","id":104,"method":"tools/call","params":{"arguments":{"objectType":"contacts"}}}""", "104", ""),
        ("""{"jsonrpc":"2.0","id":105,"method":"tools/call","params":"search_hubspot"}""", "105", ""),
        ("""{"jsonrpc":"2.0","id":106,"method":"tools/call","params":{"name":42,"arguments":{}}}""", "106", "42"),
        ("""{"jsonrpc":"2.0","id":107,"method":"tools/call"}""", "107", ""),
        ("""{"jsonrpc":"2.0","id":108,"method":"tools/delete_everything","params":{}}""", "108", ""),
        ("""{"jsonrpc":"2.0","id":109,"method":"tools/call","params":{"name":"search_hubspot","arguments":{"objectType":"contacts"}""", "109", "search_hubspot"),
        ("""{"jsonrpc":"2.0","id":110,"method":"tools/call","params":{"name":"search_hubspot","arguments":{"q":""" + new string('[', 5000) + new string(']', 5000) + "}}}", "110", "search_hubspot"),
        ("""{"jsonrpc":"2.0","id":111,"method":"tools/call","params":{"name":"search_\ud800hubspot","arguments":{}}}""", "111", null),
        ("""{"jsonrpc":"2.0","id":112,"method":"tools/call","params":{"name":["search_hubspot"],"arguments":{}}}""", "112", """["search_hubspot"]"""),
        ("""{"jsonrpc":"2.0","id":113,"method":"tools/call","params":{"name":"search_hubspot","arguments":{"objectType":"contacts"},"name":"manage_hubspot_records"}}""", "113", null),
        ("""{"jsonrpc":"2.0","id":115,"method":"tools/call","params":{"name":"search_hubspot","arguments":{"objectType":"contacts","query":"\ud800"}}}""", "115", "search_hubspot"),
        ("""{"jsonrpc":"2.0","method":"tools/call","params":{"name":"search_hubspot","arguments":{"objectType":"contacts"}}}""", null, "search_hubspot"),
        ("""this is not JSON""", null, ""),
        ("""[{"jsonrpc":"2.0","id":114,"method":"tools/call","params":{"name":"search_hubspot","arguments":{}}}]""", null, null),
    ];
}
