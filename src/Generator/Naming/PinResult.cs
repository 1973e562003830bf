using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>What <see cref="SchemaNaming.Pin"/> made: the new spoke.json, the pins it added, and the names the generator now gives.</summary>
public sealed class PinResult
{
    internal PinResult(string? overridesJson, IReadOnlyList<NamePin> pins, GeneratedNames names)
    {
        OverridesJson = overridesJson;
        Pins = pins;
        Names = names;
    }

    /// <summary>
    /// spoke.json with the pins added, the user's own content and formatting kept; the text given unchanged when nothing needed
    /// pinning, and <see langword="null"/> when there was no spoke.json and none is needed.
    /// </summary>
    public string? OverridesJson { get; }

    /// <summary>The pins added, ordered by object type, property and option.</summary>
    public IReadOnlyList<NamePin> Pins { get; }

    /// <summary>
    /// The names generated from the new snapshots with <see cref="OverridesJson"/>. Compare them with the old names
    /// (<see cref="SchemaNaming.Compare"/>) for what remains breaking: removals, type changes, and any name a pin could not keep.
    /// </summary>
    public GeneratedNames Names { get; }
}
