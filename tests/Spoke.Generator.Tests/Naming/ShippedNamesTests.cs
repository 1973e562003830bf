using System.Text;
using System.Text.Json.Nodes;
using Spoke.Generator.Naming;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// The names the shipped snapshots get. They are real HubSpot accounts' property dumps (contacts, companies, deals, line items,
/// with hundreds of labelled properties and thousands of options), so the full table, reviewed like code, shows every naming
/// rule on real names; the rows below pin the rules one by one.
/// </summary>
public sealed class ShippedNamesTests
{
    private static readonly GeneratedNames Names = NamingInputs.Names(SnapshotFiles.AllShipped());

    public static TheoryData<string, string, string> Members => new()
    {
        // hs_ is dropped, unless the account has the unprefixed twin, which then keeps the plain name.
        { "contacts", "hs_object_id", "ObjectId" },
        { "contacts", "hs_lead_status", "LeadStatus" },
        { "contacts", "createdate", "CreateDate" },
        { "contacts", "hs_createdate", "HsCreateDate" },
        { "contacts", "seniority", "Seniority" },
        { "contacts", "hs_seniority", "HsSeniority" },
        { "contacts", "lastmodifieddate", "LastModifiedDate" },
        { "contacts", "hs_lastmodifieddate", "HsLastModifiedDate" },
        { "companies", "hs_lastmodifieddate", "LastModifiedDate" },

        // Words from the label where it spells the wire name out, never from inside another word.
        { "contacts", "lifecyclestage", "LifecycleStage" },
        { "contacts", "numemployees", "NumEmployees" },
        { "companies", "numberofemployees", "NumberOfEmployees" },
        { "contacts", "notes_last_updated", "NotesLastUpdated" },
        { "tickets", "notes_last_updated", "NotesLastUpdated" },
        { "contacts", "hs_analytics_first_timestamp", "AnalyticsFirstTimestamp" },
        { "contacts", "hs_content_membership_email", "ContentMembershipEmail" },
        { "contacts", "hs_predictivecontactscore", "PredictiveContactScore" },
        { "line_items", "recurringbillingfrequency", "RecurringBillingFrequency" },
        { "contacts", "hs_email_optout_531794701", "EmailOptOut531794701" },
    };

    public static TheoryData<string, string, string> Enums => new()
    {
        { "contacts", "lifecyclestage", "ContactLifecycleStage" },
        { "contacts", "hs_seniority", "ContactHsSeniority" },
        { "tickets", "hs_ticket_priority", "TicketPriority" },
        { "deals", "dealtype", "DealType" },
        { "line_items", "recurringbillingfrequency", "LineItemRecurringBillingFrequency" },
        { "shipment", "carrier", "ShipmentCarrier" },
    };

    public static TheoryData<string, string, string, string> Options => new()
    {
        { "contacts", "lifecyclestage", "marketingqualifiedlead", "MarketingQualifiedLead" },
        { "contacts", "numemployees", "100-500", "Option100_500" },
        { "contacts", "hs_timezone", "america_slash_anchorage", "Utc08_00AmericaAnchorage" },
        { "companies", "hs_keywords", "womens_empowerment", "WomensEmpowerment" },
        { "companies", "hs_keywords", "b2b", "B2B" },
        { "companies", "hs_keywords", "3d_printing", "Option3DPrinting" },
        { "companies", "hs_keywords", "ios_development", "IosDevelopment" },
        { "companies", "web_technologies", "neo4j", "Neo4j" },
    };

    [Theory]
    [MemberData(nameof(Members))]
    public void A_property_is_named_by_the_rules(string objectName, string wireName, string expected)
    {
        Assert.Equal(expected, Names.FindObject(objectName)!.FindProperty(wireName)!.MemberName);
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void A_picklist_enum_is_named_after_its_record_and_property(string objectName, string wireName, string expected)
    {
        Assert.Equal(expected, Names.FindObject(objectName)!.FindProperty(wireName)!.Enum!.TypeName);
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void An_option_is_named_after_its_label(string objectName, string wireName, string value, string expected)
    {
        Assert.Equal(expected, Names.FindObject(objectName)!.FindProperty(wireName)!.Enum!.FindOption(value)!.MemberName);
    }

    [Fact]
    public void Every_shipped_name()
    {
        SnapshotAssert.MatchesTextBaseline(Table(Names, Labels()));
    }

    // One line per type, property and option: wire name, label, generated name and type. Read it like code when it changes.
    private static string Table(GeneratedNames names, Dictionary<(string Object, string Property, string? Option), string> labels)
    {
        var text = new StringBuilder();
        foreach (var generated in names.Objects)
        {
            var pipelines = generated.PipelinesName is { } pipelinesName ? ", " + pipelinesName : string.Empty;
            text.AppendLine($"{generated.ObjectName} ({generated.TypeId}): {generated.RecordName}, {generated.InputName}, {generated.FieldsName}{pipelines}");
            foreach (var property in generated.Properties)
            {
                var readOnly = property.IsReadOnly ? " (read-only)" : string.Empty;
                var picklist = property.Enum is { } generatedEnum ? $", enum {generatedEnum.TypeName}" : string.Empty;
                text.AppendLine($"  {property.WireName} \"{labels[(generated.ObjectName, property.WireName, null)]}\" -> {property.MemberName}: {property.ValueType}{readOnly}{picklist}");
                foreach (var option in property.Enum?.Options ?? [])
                {
                    text.AppendLine($"    {option.WireValue} \"{labels[(generated.ObjectName, property.WireName, option.WireValue)]}\" -> {option.MemberName}");
                }
            }
        }

        return text.ToString();
    }

    private static Dictionary<(string, string, string?), string> Labels()
    {
        var labels = new Dictionary<(string, string, string?), string>();
        foreach (var (fileName, json) in SnapshotFiles.Shipped)
        {
            var results = JsonNode.Parse(json)!["results"]!.AsArray();
            if (fileName.EndsWith(".pipelines.json", StringComparison.Ordinal))
            {
                // A pipelines snapshot's stages are the options of its object's stage property.
                var objectName = fileName[..^".pipelines.json".Length];
                var stageProperty = objectName == "deals" ? "dealstage" : "hs_pipeline_stage";
                foreach (var stage in results.SelectMany(pipeline => pipeline!["stages"]!.AsArray()))
                {
                    labels[(objectName, stageProperty, (string)stage!["id"]!)] = (string)stage["label"]!;
                }

                continue;
            }

            var objects = fileName == "schemas.json"
                ? results.Select(schema => ((string)schema!["name"]!, schema["properties"]!.AsArray()))
                : [(Path.GetFileNameWithoutExtension(fileName), results)];
            foreach (var (objectName, properties) in objects)
            {
                foreach (var property in properties)
                {
                    var name = (string)property!["name"]!;
                    labels[(objectName, name, null)] = (string?)property["label"] ?? string.Empty;
                    foreach (var option in property["options"]?.AsArray() ?? [])
                    {
                        labels[(objectName, name, (string)option!["value"]!)] = (string?)option["label"] ?? string.Empty;
                    }
                }
            }
        }

        return labels;
    }
}
