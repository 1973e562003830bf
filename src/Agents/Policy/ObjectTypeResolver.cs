using System.Diagnostics.CodeAnalysis;
using Spoke.Agents.Catalog;

namespace Spoke.Agents.Policy;

/// <summary>
/// Turns any spelling HubSpot accepts for an object type into that type's one identity (<see cref="CrmObjectType"/>,
/// equal by type id), for policy keys and tool arguments alike, so that a rule cannot be slipped past by spelling.
/// Standard types answer to their name, singular and type id (<c>contacts</c>, <c>contact</c>, <c>0-1</c>); custom objects
/// of the schema snapshots to their name, type id, <c>p_{name}</c> and fully qualified name (<c>shipment</c>,
/// <c>2-3465404</c>, <c>p_shipment</c>, <c>p8675309_shipment</c>). Names ignore case, as HubSpot's do. Anything else,
/// including a type id no snapshot names, resolves to nothing, so it can neither carry a rule nor fall through to <c>*</c>.
/// </summary>
public sealed class ObjectTypeResolver
{
    private readonly Dictionary<string, CrmObjectType> _customBySpelling = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ambiguousSpellings = new(StringComparer.OrdinalIgnoreCase);

    internal ObjectTypeResolver(IEnumerable<CatalogObjectType> customObjects)
    {
        var custom = new List<CrmObjectType>();
        foreach (var customObject in customObjects)
        {
            var type = CrmObjectType.Custom(customObject.Name, customObject.TypeId!);
            custom.Add(type);
            foreach (var spelling in customObject.CustomSpellings())
            {
                if (!_customBySpelling.TryAdd(spelling, type) && _customBySpelling[spelling] != type)
                {
                    _ambiguousSpellings.Add(spelling);
                }
            }
        }

        ObjectTypes = [.. CrmObjectType.All.Concat(custom).OrderBy(type => type.Name, StringComparer.Ordinal)];
    }

    /// <summary>HubSpot's standard object types only: what is known without schema snapshots.</summary>
    public static ObjectTypeResolver Standard { get; } = new([]);

    /// <summary>Every object type this resolver knows: HubSpot's standard ones and the custom objects of the snapshots.</summary>
    public IReadOnlyList<CrmObjectType> ObjectTypes { get; }

    /// <summary>The standard object types and the custom objects of a schema snapshot folder (its <c>schemas.json</c>).</summary>
    /// <param name="schemaDirectory">The snapshot folder, e.g. <c>schema-snapshots</c>.</param>
    /// <returns>The resolver.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A snapshot is not valid.</exception>
    public static ObjectTypeResolver FromSnapshots(string schemaDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaDirectory);
        return SnapshotCatalog.Load(schemaDirectory).ObjectTypeResolver;
    }

    /// <summary>Finds the object type a spelling names.</summary>
    /// <param name="spelling">A name, singular, type id or custom object alias, as written.</param>
    /// <param name="objectType">The object type when this returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the spelling names exactly one known object type.</returns>
    public bool TryResolve([NotNullWhen(true)] string? spelling, [NotNullWhen(true)] out CrmObjectType? objectType) =>
        (objectType = Resolve(spelling, out _)) is not null;

    /// <summary>The object type a spelling names, or <see langword="null"/> with the reason for a message.</summary>
    internal CrmObjectType? Resolve(string? spelling, out string problem)
    {
        problem = string.Empty;
        if (string.IsNullOrEmpty(spelling))
        {
            problem = "is empty";
            return null;
        }

        if (_ambiguousSpellings.Contains(spelling))
        {
            problem = "names more than one custom object; use the type id";
            return null;
        }

        var custom = _customBySpelling.GetValueOrDefault(spelling);
        var standard = CrmObjectType.TryParse(spelling, out var parsed) && CrmObjectType.All.Contains(parsed) ? parsed : null;
        if (custom is not null && standard is not null && custom != standard)
        {
            problem = $"names both the standard object type {Describe(standard)} and the custom object {Describe(custom)}; use the type id";
            return null;
        }

        if ((custom ?? standard) is { } found)
        {
            return found;
        }

        problem = "names no object type Spoke knows";
        return null;
    }

    /// <summary>The known object types for a message, e.g. <c>companies (0-2), contacts (0-1), …</c>.</summary>
    internal string DescribeKnown() => string.Join(", ", ObjectTypes.Select(Describe));

    /// <summary>How a message names one object type: <c>contacts (0-1)</c>.</summary>
    internal static string Describe(CrmObjectType objectType) => $"{objectType.Name} ({objectType.TypeId})";
}
