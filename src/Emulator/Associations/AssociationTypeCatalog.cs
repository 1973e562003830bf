using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Associations;

/// <summary>
/// The association types between the object types the emulator serves: HubSpot's defined ids (unlabeled and primary),
/// the associations declared by custom object schemas, and the labels defined in the account. Labels change only under
/// the database's write lock, and every reader holds the database's lock.
/// </summary>
internal sealed class AssociationTypeCatalog
{
    public const string HubSpotDefined = "HUBSPOT_DEFINED";
    public const string UserDefined = "USER_DEFINED";
    public const string PrimaryLabel = "Primary";

    // From type, to type, unlabeled id, inverse unlabeled id, primary id, inverse primary id (0 when the pair has none).
    private static readonly (string From, string To, int Unlabeled, int InverseUnlabeled, int Primary, int InversePrimary)[] HubSpotPairs =
    [
        ("0-1", "0-2", 279, 280, 1, 2),
        ("0-3", "0-2", 341, 342, 5, 6),
        ("0-5", "0-2", 339, 340, 26, 25),
        ("0-1", "0-3", 4, 3, 0, 0),
        ("0-1", "0-5", 15, 16, 0, 0),
        ("0-3", "0-5", 27, 28, 0, 0),
        ("0-3", "0-8", 19, 20, 0, 0),
        ("0-3", "0-14", 63, 64, 0, 0),
        ("0-14", "0-8", 67, 68, 0, 0),
        ("0-14", "0-1", 69, 70, 0, 0),
        ("0-14", "0-2", 71, 72, 0, 0),
        ("0-1", "0-1", 449, 449, 0, 0),
        ("0-2", "0-2", 450, 450, 0, 0),
        ("0-3", "0-3", 451, 451, 0, 0),
        ("0-5", "0-5", 452, 452, 0, 0),
    ];

    private readonly Dictionary<(string From, string To), List<AssociationTypeDefinition>> byPair = [];
    private readonly Dictionary<(string From, string To, int TypeId), AssociationTypeDefinition> byId = [];
    private int lastTypeId;

    public AssociationTypeCatalog(SchemaCatalog schema)
    {
        var singular = schema.Types.ToDictionary(t => t.TypeId, t => t.Identity.SingularName);
        string NameOf(string typeId) => singular.GetValueOrDefault(typeId) ?? StandardSingular(typeId);

        foreach (var pair in HubSpotPairs)
        {
            var forward = $"{NameOf(pair.From)}_to_{NameOf(pair.To)}";
            var backward = $"{NameOf(pair.To)}_to_{NameOf(pair.From)}";
            var hasPrimary = pair.Primary != 0;
            Add(new(pair.From, pair.To, pair.Unlabeled, HubSpotDefined, null, pair.InverseUnlabeled, hasPrimary ? forward + "_unlabeled" : forward));
            if (pair.From != pair.To)
            {
                Add(new(pair.To, pair.From, pair.InverseUnlabeled, HubSpotDefined, null, pair.Unlabeled, hasPrimary ? backward + "_unlabeled" : backward));
            }

            if (hasPrimary)
            {
                Add(new(pair.From, pair.To, pair.Primary, HubSpotDefined, PrimaryLabel, pair.InversePrimary, forward));
                Add(new(pair.To, pair.From, pair.InversePrimary, HubSpotDefined, PrimaryLabel, pair.Primary, backward));
            }
        }

        foreach (var custom in schema.CustomTypes)
        {
            foreach (var declared in CustomSchemaAssociations.Read(custom))
            {
                // HubSpot allocates a schema association's two directions as consecutive ids.
                var inverse = declared.Id + 1;
                Add(new(declared.FromTypeId, declared.ToTypeId, declared.Id, UserDefined, null, inverse, declared.Name));
                Add(new(declared.ToTypeId, declared.FromTypeId, inverse, UserDefined, null, declared.Id, $"{NameOf(declared.ToTypeId)}_to_{NameOf(declared.FromTypeId)}"));
            }
        }
    }

    /// <summary>Every association type from one object type to another: unlabeled first, then primary and the account's labels.</summary>
    public IReadOnlyList<AssociationTypeDefinition> Between(string fromTypeId, string toTypeId) =>
        byPair.TryGetValue((fromTypeId, toTypeId), out var types) ? types : [];

    /// <summary>The unlabeled (default) type between two object types, if they can be associated at all.</summary>
    public AssociationTypeDefinition? DefaultBetween(string fromTypeId, string toTypeId) =>
        Between(fromTypeId, toTypeId).FirstOrDefault(t => t.Label is null);

    public AssociationTypeDefinition? Find(string fromTypeId, string toTypeId, int typeId) =>
        byId.GetValueOrDefault((fromTypeId, toTypeId, typeId));

    /// <summary>The association type with this id starting from an object type, whatever it points to.</summary>
    public AssociationTypeDefinition? FindFrom(string fromTypeId, int typeId) =>
        byId.Values.FirstOrDefault(t => t.FromTypeId == fromTypeId && t.TypeId == typeId);

    /// <summary>The account's labels, one entry per definition (the direction it was created in), for persistence.</summary>
    public IEnumerable<AssociationTypeDefinition> AccountLabels() =>
        byId.Values.Where(t => t.IsAccountLabel && t.TypeId <= t.InverseTypeId).OrderBy(t => t.TypeId).ToList();

    /// <summary>
    /// Defines a label between two object types with new type ids, as HubSpot does: one id per direction, the inverse
    /// direction labelled <paramref name="inverseLabel"/> (a paired label) or, without one, with the same label. An unpaired
    /// label between records of one object type has a single id that is its own inverse.
    /// </summary>
    /// <returns>The new types, the given direction first.</returns>
    public IReadOnlyList<AssociationTypeDefinition> DefineLabel(string fromTypeId, string toTypeId, string name, string label, string? inverseLabel)
    {
        var typeId = lastTypeId + 1;
        var inverseTypeId = fromTypeId == toTypeId && inverseLabel is null ? typeId : typeId + 1;
        return RestoreLabel(fromTypeId, toTypeId, typeId, inverseTypeId, name, label, inverseLabel ?? label);
    }

    /// <summary>Adds a label definition with known ids, as saved in a data file.</summary>
    /// <returns>The types added, the given direction first.</returns>
    public IReadOnlyList<AssociationTypeDefinition> RestoreLabel(
        string fromTypeId, string toTypeId, int typeId, int inverseTypeId, string name, string label, string inverseLabel)
    {
        var forward = new AssociationTypeDefinition(fromTypeId, toTypeId, typeId, UserDefined, label, inverseTypeId, name) { IsAccountLabel = true };
        Add(forward);
        if (inverseTypeId == typeId)
        {
            return [forward];
        }

        var backward = new AssociationTypeDefinition(toTypeId, fromTypeId, inverseTypeId, UserDefined, inverseLabel, typeId, name) { IsAccountLabel = true };
        Add(backward);
        return [forward, backward];
    }

    /// <summary>
    /// Renames an account label. Without <paramref name="inverseLabel"/>, an unpaired label is renamed in both directions
    /// and a paired one keeps its inverse label.
    /// </summary>
    public void RenameLabel(AssociationTypeDefinition type, string label, string? inverseLabel)
    {
        var inverse = Find(type.ToTypeId, type.FromTypeId, type.InverseTypeId);
        Replace(type, type with { Label = label });
        if (inverse is not null && inverse.TypeId != type.TypeId && (inverseLabel is not null || inverse.Label == type.Label))
        {
            Replace(inverse, inverse with { Label = inverseLabel ?? label });
        }
    }

    /// <summary>Removes an account label in both directions.</summary>
    public void RemoveLabel(AssociationTypeDefinition type)
    {
        foreach (var direction in new[] { type, Find(type.ToTypeId, type.FromTypeId, type.InverseTypeId) })
        {
            if (direction is not null && byId.Remove((direction.FromTypeId, direction.ToTypeId, direction.TypeId)))
            {
                byPair[(direction.FromTypeId, direction.ToTypeId)].Remove(direction);
            }
        }
    }

    private void Replace(AssociationTypeDefinition old, AssociationTypeDefinition renamed)
    {
        var list = byPair[(old.FromTypeId, old.ToTypeId)];
        list[list.IndexOf(old)] = renamed;
        byId[(old.FromTypeId, old.ToTypeId, old.TypeId)] = renamed;
    }

    private void Add(AssociationTypeDefinition type)
    {
        lastTypeId = Math.Max(lastTypeId, type.TypeId);
        if (!byPair.TryGetValue((type.FromTypeId, type.ToTypeId), out var list))
        {
            byPair[(type.FromTypeId, type.ToTypeId)] = list = [];
        }

        list.Add(type);
        byId[(type.FromTypeId, type.ToTypeId, type.TypeId)] = type;
    }

    private static string StandardSingular(string typeId) => typeId switch
    {
        "0-1" => "contact",
        "0-2" => "company",
        "0-3" => "deal",
        "0-5" => "ticket",
        "0-8" => "line_item",
        "0-14" => "quote",
        _ => typeId,
    };
}
