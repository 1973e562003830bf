using System.Collections.Concurrent;

namespace Spoke.Emulator.Schema;

/// <summary>Every object type the emulator serves, found by name, singular name, type id or custom-object alias.</summary>
internal sealed class SchemaCatalog
{
    private readonly List<ObjectTypeDefinition> types;
    private readonly ConcurrentDictionary<string, ObjectTypeDefinition> byAnyName = new(StringComparer.OrdinalIgnoreCase);

    public SchemaCatalog(IEnumerable<ObjectTypeDefinition> types)
    {
        this.types = types.OrderBy(t => t.TypeId, StringComparer.Ordinal).ToList();
        foreach (var type in this.types)
        {
            byAnyName[type.Name] = type;
            byAnyName[type.TypeId] = type;
            byAnyName.TryAdd(type.Identity.SingularName, type);
            foreach (var alias in type.Identity.Aliases)
            {
                byAnyName.TryAdd(alias, type);
            }
        }
    }

    public IReadOnlyList<ObjectTypeDefinition> Types => types;

    public IEnumerable<ObjectTypeDefinition> CustomTypes => types.Where(t => t.IsCustom);

    public bool TryResolve(string? nameOrId, out ObjectTypeDefinition type)
    {
        type = null!;
        return nameOrId is not null && byAnyName.TryGetValue(nameOrId, out type!);
    }
}
