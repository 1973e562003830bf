using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Endpoints;

/// <summary>Creates a validated record with its associations, for single and batch creates and upserts.</summary>
internal static class RecordCreation
{
    public static CrmRecord Create(
        WriteContext write,
        ObjectTypeDefinition type,
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyList<AssociationInputs.Planned> associations)
    {
        var set = values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
        var record = write.Create(type, set);
        foreach (var association in associations)
        {
            write.Associate(record.Id, association.ToId, association.Type);
        }

        return record;
    }
}
