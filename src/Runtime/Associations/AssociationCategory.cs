namespace Spoke.Associations;

/// <summary>Who defined an association type (HubSpot's <c>associationCategory</c>).</summary>
public enum AssociationCategory
{
    /// <summary><c>HUBSPOT_DEFINED</c>: the built-in types, such as contact to company (279) or primary company (1).</summary>
    HubSpotDefined,

    /// <summary><c>USER_DEFINED</c>: labels created in the account.</summary>
    UserDefined,

    /// <summary><c>INTEGRATOR_DEFINED</c>: types created by an app.</summary>
    IntegratorDefined,

    /// <summary><c>WORK</c>: work-related built-in types.</summary>
    Work,
}
