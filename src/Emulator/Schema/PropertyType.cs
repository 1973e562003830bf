namespace Spoke.Emulator.Schema;

/// <summary>A property's <c>type</c> on the wire, which decides how values are validated, stored and compared.</summary>
internal enum PropertyType
{
    String,
    Number,
    Bool,
    Date,
    DateTime,
    Enumeration,
    PhoneNumber,
    ObjectCoordinates,
    Json,
}

internal static class PropertyTypeNames
{
    public static bool TryParse(string? wireName, out PropertyType type)
    {
        type = wireName switch
        {
            "string" => PropertyType.String,
            "number" => PropertyType.Number,
            "bool" => PropertyType.Bool,
            "date" => PropertyType.Date,
            "datetime" => PropertyType.DateTime,
            "enumeration" => PropertyType.Enumeration,
            "phone_number" => PropertyType.PhoneNumber,
            "object_coordinates" => PropertyType.ObjectCoordinates,
            "json" => PropertyType.Json,
            _ => (PropertyType)(-1),
        };
        return (int)type >= 0;
    }
}
