using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Associations;

/// <summary>
/// The association types between the object types the emulator serves: HubSpot's defined ids (unlabeled and primary)
/// and the associations declared by custom object schemas.
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

    private void Add(AssociationTypeDefinition type)
    {
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
