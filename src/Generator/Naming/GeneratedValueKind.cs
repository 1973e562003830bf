namespace Spoke.Generator.Naming;

/// <summary>The C# type of a generated property, as the record, the input and the search fields type declare it.</summary>
public enum GeneratedValueKind
{
    /// <summary><c>string?</c>: strings, enumerations without listed options, and types without a typed mapping.</summary>
    String,

    /// <summary><c>decimal?</c>.</summary>
    Number,

    /// <summary><c>bool?</c>: booleans and single checkboxes.</summary>
    Bool,

    /// <summary><c>DateOnly?</c>.</summary>
    Date,

    /// <summary><c>DateTimeOffset?</c>.</summary>
    DateTime,

    /// <summary><c>Picklist&lt;TEnum&gt;?</c> of the property's <see cref="GeneratedProperty.Enum"/>.</summary>
    Picklist,

    /// <summary><c>IReadOnlyList&lt;Picklist&lt;TEnum&gt;&gt;?</c> of the property's <see cref="GeneratedProperty.Enum"/>.</summary>
    MultiPicklist,
}
