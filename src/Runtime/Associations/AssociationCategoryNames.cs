namespace Spoke.Associations;

/// <summary>Converts <see cref="AssociationCategory"/> to and from HubSpot's wire names.</summary>
internal static class AssociationCategoryNames
{
    /// <summary>The wire name of a category.</summary>
    public static string ToWire(AssociationCategory category) => category switch
    {
        AssociationCategory.HubSpotDefined => "HUBSPOT_DEFINED",
        AssociationCategory.UserDefined => "USER_DEFINED",
        AssociationCategory.IntegratorDefined => "INTEGRATOR_DEFINED",
        AssociationCategory.Work => "WORK",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown association category."),
    };

    /// <summary>Parses a wire name; unknown names are read as user-defined so a new HubSpot category never breaks a read.</summary>
    public static AssociationCategory FromWire(string? name) => name switch
    {
        "HUBSPOT_DEFINED" => AssociationCategory.HubSpotDefined,
        "INTEGRATOR_DEFINED" => AssociationCategory.IntegratorDefined,
        "WORK" => AssociationCategory.Work,
        _ => AssociationCategory.UserDefined,
    };
}
