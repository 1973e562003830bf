namespace Spoke.Generator.Naming;

/// <summary>One member of a generated picklist enum and the option value it stands for.</summary>
public sealed class GeneratedOption
{
    internal GeneratedOption(string wireValue, string memberName)
    {
        WireValue = wireValue;
        MemberName = memberName;
    }

    /// <summary>The option's value as HubSpot sends it.</summary>
    public string WireValue { get; }

    /// <summary>The enum member's name.</summary>
    public string MemberName { get; }
}
