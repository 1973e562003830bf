using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>A generated picklist enum: its name, its extensions class, and one member per option.</summary>
public sealed class GeneratedEnum
{
    internal GeneratedEnum(string typeName, string extensionsName, IReadOnlyList<GeneratedOption> options)
    {
        TypeName = typeName;
        ExtensionsName = extensionsName;
        Options = options;
    }

    /// <summary>The enum's name, for example <c>ContactLifecycleStage</c>.</summary>
    public string TypeName { get; }

    /// <summary>The name of its extensions class, for example <c>ContactLifecycleStageExtensions</c>.</summary>
    public string ExtensionsName { get; }

    /// <summary>The members, in the snapshot's option order (which is their numbering).</summary>
    public IReadOnlyList<GeneratedOption> Options { get; }

    /// <summary>The member of option value <paramref name="wireValue"/> (compared ordinally), or <see langword="null"/>.</summary>
    public GeneratedOption? FindOption(string wireValue) => OrdinalLookup.Find(Options, static option => option.WireValue, wireValue);
}
