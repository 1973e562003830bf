namespace Spoke.Generator.Naming;

/// <summary>One name written into spoke.json by <see cref="SchemaNaming.Pin"/>, so that it stays what it was.</summary>
public sealed class NamePin
{
    internal NamePin(NamePinKind kind, string objectName, string typeId, string? propertyName, string? optionValue, string name, string wouldBe, string jsonPath)
    {
        Kind = kind;
        ObjectName = objectName;
        TypeId = typeId;
        PropertyName = propertyName;
        OptionValue = optionValue;
        Name = name;
        WouldBe = wouldBe;
        JsonPath = jsonPath;
    }

    /// <summary>Which entry was written.</summary>
    public NamePinKind Kind { get; }

    /// <summary>The object type's API name.</summary>
    public string ObjectName { get; }

    /// <summary>The object type id.</summary>
    public string TypeId { get; }

    /// <summary>The property's wire name, unless the pin is a <see cref="NamePinKind.TypeName"/>.</summary>
    public string? PropertyName { get; }

    /// <summary>The option's wire value, for an <see cref="NamePinKind.OptionName"/>.</summary>
    public string? OptionValue { get; }

    /// <summary>The name kept: the one generated before.</summary>
    public string Name { get; }

    /// <summary>The name the generator would have given without the pin.</summary>
    public string WouldBe { get; }

    /// <summary>Where the pin is in spoke.json, for example <c>$.objects.contacts.properties.hs_lead_status.options.NEW</c>.</summary>
    public string JsonPath { get; }

    /// <inheritdoc/>
    public override string ToString() => JsonPath + " = " + Name + " (instead of " + WouldBe + ")";
}
