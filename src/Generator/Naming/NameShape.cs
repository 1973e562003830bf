using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>
/// What one allocated name stands for in its scope: every name derived from it (a record's input and fields types, an enum's
/// extensions class, a property's accessors) and, for each, the members that type has, which it must not be named like (CS0542).
/// </summary>
internal sealed class NameShape
{
    private NameShape(params NameShapePart[] parts)
    {
        Parts = parts;
    }

    /// <summary>A name that stands only for itself: an enum member, a backing field.</summary>
    public static NameShape Single { get; } = new(new NameShapePart(string.Empty, string.Empty, null));

    /// <summary>A property: the compiler also names its accessors <c>get_X</c> and <c>set_X</c> (CS0082).</summary>
    public static NameShape Property { get; } = new(
        new NameShapePart(string.Empty, string.Empty, null), new NameShapePart("get_", string.Empty, null), new NameShapePart("set_", string.Empty, null));

    /// <summary>A record type <c>X</c>, which brings <c>XInput</c> and <c>XFields</c>.</summary>
    public static NameShape Record { get; } = new(
        new NameShapePart(string.Empty, string.Empty, GeneratedMembers.Record),
        new NameShapePart(string.Empty, GeneratedMembers.InputSuffix, GeneratedMembers.Input),
        new NameShapePart(string.Empty, GeneratedMembers.FieldsSuffix, GeneratedMembers.Fields));

    /// <summary>A picklist enum <c>X</c>, which brings <c>XExtensions</c>.</summary>
    public static NameShape Enum { get; } = new(
        new NameShapePart(string.Empty, string.Empty, GeneratedMembers.Enum),
        new NameShapePart(string.Empty, GeneratedMembers.ExtensionsSuffix, GeneratedMembers.Extensions));

    public IReadOnlyList<NameShapePart> Parts { get; }
}

/// <summary>One name a <see cref="NameShape"/> claims: <c>Prefix + name + Suffix</c>, and the members of the type so named, if it is one.</summary>
internal sealed record NameShapePart(string Prefix, string Suffix, HashSet<string>? OwnMembers);
