using System.Globalization;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.State;

/// <summary>
/// The id lists HubSpot keeps through merges, <c>;</c>-separated in ascending order: <c>hs_merged_object_ids</c> (the ids
/// merged into a record, on every type that defines it) and a contact's <c>hs_all_contact_vids</c> (its own id from
/// creation, plus every id merged into it).
/// </summary>
internal static class MergedIds
{
    public const string MergedObjectIds = "hs_merged_object_ids";
    public const string AllContactIds = "hs_all_contact_vids";

    /// <summary>The survivor's new id lists after <paramref name="merged"/> is merged into it.</summary>
    public static IEnumerable<(string Property, string Ids)> ForSurvivor(ObjectTypeDefinition type, CrmRecord survivor, CrmRecord merged)
    {
        if (type.Properties.ContainsKey(MergedObjectIds))
        {
            yield return (MergedObjectIds, Join(survivor.Get(MergedObjectIds), merged.Get(MergedObjectIds), merged.Id));
        }

        if (type.Properties.ContainsKey(AllContactIds))
        {
            yield return (AllContactIds, Join(survivor.Get(AllContactIds) ?? WireFormat.Id(survivor.Id), merged.Get(AllContactIds), merged.Id));
        }
    }

    private static string Join(string? kept, string? taken, long mergedId) =>
        string.Join(';', Split(kept).Concat(Split(taken)).Append(mergedId).Distinct().Order().Select(WireFormat.Id));

    private static IEnumerable<long> Split(string? ids) =>
        (ids ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1)
            .Where(id => id > 0);
}
