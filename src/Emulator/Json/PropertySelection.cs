using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Json;

/// <summary>Which properties a response shows for each record.</summary>
internal sealed class PropertySelection
{
    private PropertySelection(IReadOnlyList<string>? names, bool includeUnset, ObjectTypeDefinition? liveOf = null)
    {
        Names = names;
        IncludeUnset = includeUnset;
        LiveOf = liveOf;
    }

    /// <summary>The properties to show; <see langword="null"/> shows every property that has a value.</summary>
    public IReadOnlyList<string>? Names { get; }

    /// <summary>Whether an unset property is shown as <c>null</c> (requested by name) or left out (defaults).</summary>
    public bool IncludeUnset { get; }

    /// <summary>With <see cref="Names"/> null, the type whose live properties are shown (values of archived ones stay hidden).</summary>
    public ObjectTypeDefinition? LiveOf { get; }

    /// <summary>Every live property of the type that has a value, as create, upsert and merge responses show them.</summary>
    public static PropertySelection AllSet(ObjectTypeDefinition type) => new(null, false, type);

    /// <summary>
    /// The properties a read asked for (unknown names ignored, unset ones shown as null), or the type's defaults plus
    /// the system properties when it asked for none.
    /// </summary>
    public static PropertySelection ForRead(ObjectTypeDefinition type, IReadOnlyList<string>? requested) =>
        requested is { Count: > 0 }
            ? new(requested.Where(type.Properties.ContainsKey).ToList(), true)
            : Defaults(type);

    /// <summary>The type's default properties plus its system properties, shown only when set.</summary>
    public static PropertySelection Defaults(ObjectTypeDefinition type) =>
        new(type.DefaultProperties.Concat(type.SystemReadProperties).Where(type.Properties.ContainsKey).Distinct(StringComparer.Ordinal).ToList(), false);

    /// <summary>The written properties plus the system ones, as a PATCH response shows them.</summary>
    public static PropertySelection Written(ObjectTypeDefinition type, IEnumerable<string> written) =>
        new(written.Concat(type.SystemReadProperties).Where(type.Properties.ContainsKey).Distinct(StringComparer.Ordinal).ToList(), false);
}
