using System.Globalization;
using System.Text;
using Spoke.Emulator.Http;
using Spoke.Emulator.Pipelines;

namespace Spoke.Emulator.Tests.Persistence;

/// <summary>
/// Everything the data file keeps, written out in a fixed order (records by id, properties, associations, labels,
/// property groups and pipelines sorted), with each record's
/// property history, so two accounts are equal exactly when their dumps are.
/// </summary>
internal static class AccountDump
{
    public static string Of(HubSpotEmulator hub)
    {
        var state = hub.State;
        return state.Database.Read(() =>
        {
            var dump = new StringBuilder();
            dump.AppendLine(CultureInfo.InvariantCulture, $"lastId {state.Database.LastId}");
            foreach (var type in state.Schema.Types)
            {
                foreach (var property in type.Properties.Values.Concat(type.ArchivedProperties.Values).Where(p => p.IsDefinedThroughApi).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    dump.AppendLine(CultureInfo.InvariantCulture, $"property {type.TypeId} {property.Name} {Encoding.UTF8.GetString(property.Json)}");
                }

                foreach (var record in state.Database.Collection(type).Records)
                {
                    // Stored to the millisecond, as HubSpot's timestamps are.
                    dump.Append(CultureInfo.InvariantCulture,
                        $"record {type.TypeId} {record.Id} {record.CreatedAt.ToUnixTimeMilliseconds()} {record.UpdatedAt.ToUnixTimeMilliseconds()} {record.ArchivedAt?.ToUnixTimeMilliseconds()}");
                    foreach (var (name, value) in record.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        dump.Append(CultureInfo.InvariantCulture, $" {name}={value}");
                    }

                    foreach (var (name, versions) in (record.History ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        dump.Append(CultureInfo.InvariantCulture, $" history {name}=");
                        dump.AppendJoin('|', versions.Select(v => $"{v.Value}@{v.Timestamp.ToUnixTimeMilliseconds()}/{v.SourceType}"));
                    }

                    dump.AppendLine();
                }
            }

            foreach (var link in state.Database.Associations.All().Order())
            {
                dump.AppendLine(CultureInfo.InvariantCulture, $"association {link}");
            }

            foreach (var type in state.Schema.Types)
            {
                foreach (var group in state.Database.PropertyGroups.All(type))
                {
                    dump.AppendLine(CultureInfo.InvariantCulture, $"group {type.TypeId} {group.Name} {group.Label} {group.DisplayOrder} {group.IsArchived}");
                }

                foreach (var pipeline in state.Database.Pipelines.All(type))
                {
                    using var json = JsonResponse.Build(w => PipelineJson.Write(w, pipeline, includeArchivedStages: true));
                    dump.AppendLine(CultureInfo.InvariantCulture, $"pipeline {type.TypeId} {Encoding.UTF8.GetString(json.WrittenMemory.Span)}");
                }
            }

            foreach (var label in state.Database.AssociationTypes.AccountLabels())
            {
                var inverse = state.Database.AssociationTypes.Find(label.ToTypeId, label.FromTypeId, label.InverseTypeId);
                dump.AppendLine(CultureInfo.InvariantCulture, $"label {label.FromTypeId} {label.ToTypeId} {label.TypeId} {label.Name} {label.Label} / {inverse?.TypeId} {inverse?.Label}");
            }

            return dump.ToString();
        });
    }
}
