using Spoke.Http;

namespace Spoke.Schema;

/// <summary>The relative, escaped paths of HubSpot's properties and property groups API.</summary>
internal static class PropertyPaths
{
    /// <summary><c>crm/v3/properties/{objectType}/{propertyName}</c>.</summary>
    public static string Property(CrmObjectType type, string name) => $"{CrmPaths.Properties(type)}/{PathSegment.Escape(name)}";

    /// <summary><c>crm/v3/properties/{objectType}/batch/{operation}</c>.</summary>
    public static string Batch(CrmObjectType type, string operation) => $"{CrmPaths.Properties(type)}/batch/{operation}";

    /// <summary><c>crm/v3/properties/{objectType}/groups</c>.</summary>
    public static string Groups(CrmObjectType type) => $"{CrmPaths.Properties(type)}/groups";

    /// <summary><c>crm/v3/properties/{objectType}/groups/{groupName}</c>.</summary>
    public static string Group(CrmObjectType type, string name) => $"{Groups(type)}/{PathSegment.Escape(name)}";
}
