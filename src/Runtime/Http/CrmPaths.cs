namespace Spoke.Http;

/// <summary>The relative, escaped paths of the CRM endpoints the operations call.</summary>
internal static class CrmPaths
{
    /// <summary><c>crm/v3/objects/{objectType}</c>.</summary>
    public static string Objects(CrmObjectType type) => $"crm/v3/objects/{ObjectSegment(type)}";

    /// <summary><c>crm/v3/objects/{objectType}/{id}</c>; the id may be a unique value such as an email.</summary>
    public static string Object(CrmObjectType type, string id) => $"{Objects(type)}/{PathSegment.Escape(id)}";

    /// <summary><c>crm/v3/objects/{objectType}/search</c>.</summary>
    public static string Search(CrmObjectType type) => $"{Objects(type)}/search";

    /// <summary><c>crm/v3/objects/{objectType}/batch/{operation}</c>.</summary>
    public static string Batch(CrmObjectType type, string operation) => $"{Objects(type)}/batch/{operation}";

    /// <summary><c>crm/v4/objects/{from}/{id}/associations/{to}</c>.</summary>
    public static string Associations(CrmObjectType from, string fromId, CrmObjectType to) =>
        $"crm/v4/objects/{ObjectSegment(from)}/{PathSegment.Escape(fromId)}/associations/{ObjectSegment(to)}";

    /// <summary><c>crm/v4/objects/{from}/{id}/associations/{to}/{toId}</c>.</summary>
    public static string Association(CrmObjectType from, string fromId, CrmObjectType to, string toId) =>
        $"{Associations(from, fromId, to)}/{PathSegment.Escape(toId)}";

    /// <summary><c>crm/v4/objects/{from}/{id}/associations/default/{to}/{toId}</c>.</summary>
    public static string DefaultAssociation(CrmObjectType from, string fromId, CrmObjectType to, string toId) =>
        $"crm/v4/objects/{ObjectSegment(from)}/{PathSegment.Escape(fromId)}/associations/default/{ObjectSegment(to)}/{PathSegment.Escape(toId)}";

    /// <summary><c>crm/v4/associations/{from}/{to}/batch/{operation}</c>.</summary>
    public static string AssociationBatch(CrmObjectType from, CrmObjectType to, string operation) =>
        $"crm/v4/associations/{ObjectSegment(from)}/{ObjectSegment(to)}/batch/{operation}";

    /// <summary><c>crm/v4/associations/{from}/{to}/labels</c>: the association types (labels) defined between two object types.</summary>
    public static string AssociationLabels(CrmObjectType from, CrmObjectType to) =>
        $"crm/v4/associations/{ObjectSegment(from)}/{ObjectSegment(to)}/labels";

    /// <summary><c>crm/v4/associations/{from}/{to}/labels/{associationTypeId}</c>.</summary>
    public static string AssociationLabel(CrmObjectType from, CrmObjectType to, int typeId) =>
        $"{AssociationLabels(from, to)}/{typeId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary><c>crm/v3/properties/{objectType}</c>.</summary>
    public static string Properties(CrmObjectType type) => $"crm/v3/properties/{ObjectSegment(type)}";

    // A custom object's schema name alone is not a valid path segment (HubSpot wants the type id or p_{name}),
    // while HubSpot-defined objects read best by name.
    internal static string ObjectSegment(CrmObjectType type) => PathSegment.Escape(type.IsCustom ? type.TypeId : type.Name);
}
