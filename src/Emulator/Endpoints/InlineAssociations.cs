using System.Text.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Endpoints;

/// <summary>Writes the v3 <c>associations</c> member of a record read with <c>?associations=…</c>.</summary>
internal static class InlineAssociations
{
    public static Action<Utf8JsonWriter>? For(CrmDatabase database, ObjectTypeDefinition type, CrmRecord record, IReadOnlyList<string>? requested)
    {
        if (requested is not { Count: > 0 })
        {
            return null;
        }

        return writer =>
        {
            writer.WriteStartObject();
            foreach (var name in requested)
            {
                if (!database.Schema.TryResolve(name, out var toType))
                {
                    continue;
                }

                var targets = database.Associations.From(type.TypeId, record.Id, toType.TypeId);
                var toCollection = database.Collection(toType);
                var live = targets.Where(t => toCollection.Find(t.Key) is { IsArchived: false }).ToList();
                if (live.Count == 0)
                {
                    continue;
                }

                writer.WriteStartObject(toType.Name);
                writer.WriteStartArray("results");
                foreach (var (toId, typeIds) in live)
                {
                    foreach (var typeId in typeIds)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("id", WireFormat.Id(toId));
                        writer.WriteString("type", database.AssociationTypes.Find(type.TypeId, toType.TypeId, typeId)?.Name ?? typeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        writer.WriteEndObject();
                    }
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        };
    }
}
