namespace Spoke.Generator.Naming;

/// <summary>
/// One generated property: the member the record, the input, the search fields type and the record's <c>Properties</c> constants all
/// declare under one name, and its C# type.
/// </summary>
public sealed class GeneratedProperty
{
    internal GeneratedProperty(string wireName, string memberName, GeneratedValueKind valueKind, string valueType, bool isReadOnly, GeneratedEnum? @enum)
    {
        WireName = wireName;
        MemberName = memberName;
        ValueKind = valueKind;
        ValueType = valueType;
        IsReadOnly = isReadOnly;
        Enum = @enum;
    }

    /// <summary>The property's internal name, as HubSpot sends it (<c>lifecyclestage</c>).</summary>
    public string WireName { get; }

    /// <summary>The member's name (<c>LifecycleStage</c>).</summary>
    public string MemberName { get; }

    /// <summary>The kind of the member's C# type.</summary>
    public GeneratedValueKind ValueKind { get; }

    /// <summary>The member's C# type as the record declares it, without namespaces: <c>decimal?</c>, <c>Picklist&lt;ContactLifecycleStage&gt;?</c>.</summary>
    public string ValueType { get; }

    /// <summary>Whether the property is read-only, so that the input type has no member for it.</summary>
    public bool IsReadOnly { get; }

    /// <summary>The picklist enum of a <see cref="GeneratedValueKind.Picklist"/> or <see cref="GeneratedValueKind.MultiPicklist"/> property; otherwise <see langword="null"/>.</summary>
    public GeneratedEnum? Enum { get; }
}
