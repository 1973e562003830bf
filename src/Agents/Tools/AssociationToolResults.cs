using System.Text.Json;
using Spoke.Agents.Tools.Results;
using Spoke.Associations;

namespace Spoke.Agents.Tools;

/// <summary>The compact JSON answers of <c>manage_hubspot_associations</c> and the wording of its label hints.</summary>
internal static class AssociationToolResults
{
    /// <summary>The <c>associationCategory</c> values a model may pass.</summary>
    public static readonly IReadOnlyList<string> Categories = ["USER_DEFINED", "HUBSPOT_DEFINED", "INTEGRATOR_DEFINED"];

    public static AssociationCategory Category(string name) => name switch
    {
        "HUBSPOT_DEFINED" => AssociationCategory.HubSpotDefined,
        "INTEGRATOR_DEFINED" => AssociationCategory.IntegratorDefined,
        _ => AssociationCategory.UserDefined,
    };

    /// <summary>One sentence naming the labels a model can use, with their ids.</summary>
    public static string Valid(IReadOnlyList<AssociationTypeLabel> types)
    {
        var labelled = types.Where(type => type.Label is not null).ToList();
        return labelled.Count == 0
            ? "This pair of object types has no labels, only the default association."
            : "Valid labels: " + string.Join("; ", labelled.Select(type => $"\"{type.Label}\" (associationTypeId {type.Spec.TypeId})")) + ".";
    }

    /// <summary><c>{"fromObjectType","toObjectType","types":[…]}</c>.</summary>
    public static string Labels(CrmObjectType fromType, CrmObjectType toType, IReadOnlyList<AssociationTypeLabel> types) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("fromObjectType", fromType.Name);
        writer.WriteString("toObjectType", toType.Name);
        WriteTypes(writer, "types", types);
        writer.WriteEndObject();
    });

    /// <summary><c>{"results":[{"toObjectId","types"}],"after"?}</c>; <c>after</c> only when another page follows.</summary>
    public static string Page(CrmPage<AssociatedRecord> page) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("results");
        foreach (var record in page.Values)
        {
            writer.WriteStartObject();
            writer.WriteString("toObjectId", record.ToObjectId);
            WriteTypes(writer, "types", record.Types);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (page.ContinuationToken is { } after)
        {
            writer.WriteString("after", after);
        }

        writer.WriteEndObject();
    });

    public static string DryRun(IReadOnlyList<AssociationTypeLabel> current, string proposed) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("dryRun", true);
        WriteTypes(writer, "current", current);
        writer.WriteString("proposed", proposed);
        writer.WriteEndObject();
    });

    /// <summary><c>{"&lt;outcome&gt;":"contacts/1 -> companies/2","type"?}</c>.</summary>
    public static string Done(string outcome, string pair, AssociationSpec? spec) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString(outcome, pair);
        if (spec is { } chosen)
        {
            writer.WriteString("type", chosen.ToString());
        }

        writer.WriteEndObject();
    });

    private static void WriteTypes(Utf8JsonWriter writer, string name, IReadOnlyList<AssociationTypeLabel> types)
    {
        writer.WriteStartArray(name);
        foreach (var type in types)
        {
            writer.WriteStartObject();
            writer.WriteString("type", type.Spec.ToString());
            writer.WriteNumber("typeId", type.Spec.TypeId);
            if (type.Label is not null)
            {
                writer.WriteString("label", type.Label);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
