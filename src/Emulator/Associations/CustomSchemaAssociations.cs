using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Associations;

/// <summary>Reads the <c>associations</c> a custom object schema declares.</summary>
internal static class CustomSchemaAssociations
{
    public static IEnumerable<DeclaredAssociation> Read(ObjectTypeDefinition custom)
    {
        if (custom.SchemaJson is null)
        {
            yield break;
        }

        using var document = JsonDocument.Parse(custom.SchemaJson);
        if (!document.RootElement.TryGetProperty("associations", out var associations) || associations.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var association in associations.EnumerateArray())
        {
            if (int.TryParse(association.GetProperty("id").GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                yield return new DeclaredAssociation(
                    id,
                    association.GetProperty("fromObjectTypeId").GetString()!,
                    association.GetProperty("toObjectTypeId").GetString()!,
                    association.GetProperty("name").GetString()!);
            }
        }
    }
}

/// <summary>An association declared by a custom object schema.</summary>
internal sealed record DeclaredAssociation(int Id, string FromTypeId, string ToTypeId, string Name);
