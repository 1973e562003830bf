using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Spoke.Agents.Tests.Fuzz;

/// <summary>
/// Random tool arguments as JSON text, mostly plausible and often hostile: wrong types everywhere, huge strings, deep
/// nesting, unicode, null bytes, unpaired surrogates, spellings that name no object type, and property names that read
/// other object types. Text rather than a DOM, so that it can hold what no .NET string writer would produce.
/// </summary>
internal sealed class HostileArguments
{
    public static readonly string[] Tools =
        ["search_hubspot", "manage_hubspot_records", "manage_hubspot_associations", "get_hubspot_schema", "search_hubspot_owners", "get_hubspot_access"];

    private static readonly string[] Actions = ["get", "create", "update", "upsert", "delete", "list", "labels", "remove", "GET", "Delete", "merge", ""];

    private static readonly string[] ObjectTypes =
    [
        "contacts", "contact", "CONTACTS", "0-1", "companies", "company", "0-2", "deals", "deal", "tickets", "Ticket", "0-5",
        "shipment", "2-3465404", "p_shipment", "P8675309_SHIPMENT", "line_items", "notes",
        "0-01", "contacts ", "contacts/../deals", "p1_shipment", "", "2-999",
    ];

    private static readonly string[] Ids = ["1", "2", "3", "5", "8", "13", "21", "0", "-1", "1e3", "../1", "1?archived=true", "a@b.com", " 1", "1/associations/deals"];

    private static readonly string[] PropertyNames =
    [
        "firstname", "lastname", "email", "phone", "subject", "hs_pipeline_stage", "hs_ticket_priority", "dealname", "amount",
        "name", "createdate", "hs_object_id", "associations.company", "associations.deal", "associations.contact",
        "ASSOCIATIONS.DEAL", "associations.nothing", "first name", "FIRSTNAME", "email\u0000", "lastname ", "",
    ];

    private static readonly string[] Operators = ["EQ", "NEQ", "LT", "GT", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY", "CONTAINS_TOKEN", "eq", "LIKE", ""];

    private static readonly string[] Texts =
    [
        "Ada", "ada@example.com", "HIGH", "1", "lead", "😀🏳️‍🌈", "\u202Eevil", "e\u0301", "null", "true", "a;b", "*@example.com",
        "Robert'); DROP TABLE contacts;--", "<script>alert(1)</script>", "${jndi:ldap://x}", "\u0000", "line\nbreak",
    ];

    private static readonly string[] ArgumentNames =
    [
        "action", "objectType", "fromObjectType", "toObjectType", "id", "fromId", "toId", "idProperty", "properties",
        "propertiesToReturn", "archived", "records", "associations", "dryRun", "query", "filterGroups", "sorts", "limit",
        "after", "label", "associationTypeId", "associationCategory", "group", "ids", "pipeline",
    ];

    private readonly Random _random;

    public HostileArguments(Random random) => _random = random;

    public (string Tool, string Json) Next()
    {
        var tool = Pick(Tools);
        if (Chance(0.03))
        {
            return (tool, Hostile());
        }

        var members = ArgumentNames.Where(_ => Chance(0.45)).Select(name => Member(name, Value(name)));
        if (Chance(0.1))
        {
            members = members.Append(Member(Pick(Texts), Hostile()));
        }

        if (Chance(0.03))
        {
            members = members.Append("\"key \\ud800\":1");
        }

        return (tool, "{" + string.Join(',', members) + "}");
    }

    private string Value(string name) => Chance(0.25) ? Hostile() : name switch
    {
        "action" => Text(Pick(Actions)),
        "objectType" or "fromObjectType" or "toObjectType" => Text(Pick(ObjectTypes)),
        "id" or "fromId" or "toId" or "after" => Chance(0.8) ? Text(Pick(Ids)) : Number(),
        "idProperty" or "label" or "group" => Text(Pick(PropertyNames)),
        "ids" when Chance(0.1) => "[" + string.Join(',', Enumerable.Range(0, 101).Select(index => Text(index.ToString(CultureInfo.InvariantCulture)))) + "]",
        "ids" => Array(() => Chance(0.8) ? Text(Pick(Ids)) : Number()),
        "pipeline" => Text(Pick(["default", "Sales Pipeline", "sales pipeline", "0", "missing", .. Texts])),
        "properties" when Chance(0.5) => Array(() => Text(Pick(PropertyNames))),
        "properties" => PropertyValues(),
        "propertiesToReturn" => Chance(0.8) ? Array(() => Text(Pick(PropertyNames))) : Text(string.Join(',', PropertyNames.Take(_random.Next(5)))),
        "archived" or "dryRun" => Chance(0.8) ? (Chance(0.5) ? "true" : "false") : Text("yes"),
        "records" => Array(() => "{" + Member("id", Text(Pick(Ids.Concat(Texts).ToArray()))) + "," + Member("properties", PropertyValues()) + "}"),
        "associations" => Array(() => "{" + Member("toObjectType", Text(Pick(ObjectTypes))) + "," + Member("toId", Text(Pick(Ids))) + "}"),
        "filterGroups" => Array(() => "{" + Member("filters", Array(Filter)) + "}"),
        "sorts" => Array(() => "{" + Member("propertyName", Text(Pick(PropertyNames))) + "," + Member("direction", Text(Pick(["ASCENDING", "DESCENDING", "up"]))) + "}"),
        "limit" or "associationTypeId" => Number(),
        "associationCategory" => Text(Pick(["USER_DEFINED", "HUBSPOT_DEFINED", "INTEGRATOR_DEFINED", "OTHER"])),
        _ => Text(Pick(Texts)),
    };

    private string Filter()
    {
        var members = new List<string> { Member("propertyName", Text(Pick(PropertyNames))), Member("operator", Text(Pick(Operators))) };
        if (Chance(0.7))
        {
            members.Add(Member("value", Chance(0.8) ? Text(Pick(Texts.Concat(Ids).ToArray())) : Hostile()));
        }

        if (Chance(0.3))
        {
            members.Add(Member("values", Array(() => Text(Pick(Ids)))));
        }

        if (Chance(0.2))
        {
            members.Add(Member("highValue", Number()));
        }

        return "{" + string.Join(',', members) + "}";
    }

    private string PropertyValues() =>
        "{" + string.Join(',', Enumerable.Range(0, _random.Next(4)).Select(_ => Member(Pick(PropertyNames), Chance(0.8) ? Text(Pick(Texts)) : Hostile()))) + "}";

    private string Hostile() => _random.Next(12) switch
    {
        0 => Text(new string('x', _random.Next(1, 4) * 70_000)),
        1 => Text(string.Concat(Enumerable.Repeat("😀\u0000\u202E", 20_000))),
        2 => "\"unpaired \\ud800 surrogate\"",
        3 => "\"\\udc00\\ud800\"",
        4 => new string('[', 300) + new string(']', 300),
        5 => string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 300),
        6 => Pick(["null", "true", "false", "[]", "{}", "\"\""]),
        7 => Number(),
        8 => "[" + string.Join(',', Enumerable.Range(0, 5_000).Select(index => index.ToString(CultureInfo.InvariantCulture))) + "]",
        9 => Text("\u0000"),
        10 => "{" + string.Join(',', Enumerable.Range(0, 2_000).Select(index => Member($"p{index}", Text("v")))) + "}",
        _ => Array(Hostile2),
    };

    // A second level of hostility inside arrays, without recursing into huge structures.
    private string Hostile2() => Pick(["null", "1", "\"\\ud800\"", "{}", "[[[]]]", Text(Pick(Texts))]);

    private string Number() => Pick(["0", "-1", "1", "5", "200", "201", "10000", "1e308", "-1e308", "1.5", "12345678901234567890123", "2147483648"]);

    private string Array(Func<string> item) => "[" + string.Join(',', Enumerable.Range(0, _random.Next(4)).Select(_ => item())) + "]";

    private static string Member(string name, string value) => Text(name) + ":" + value;

    private static string Text(string value) => JsonSerializer.Serialize(value);

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
