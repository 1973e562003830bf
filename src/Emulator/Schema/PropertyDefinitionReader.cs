using System.Text;
using System.Text.Json;

namespace Spoke.Emulator.Schema;

/// <summary>Turns one property JSON object, as <c>GET /crm/v3/properties/{objectType}</c> returns it, into a definition.</summary>
internal static class PropertyDefinitionReader
{
    public static PropertyDefinition Read(JsonElement property, string source, bool definedThroughApi = false)
    {
        var name = property.TryGetProperty("name", out var nameElement) ? nameElement.GetString() : null;
        if (string.IsNullOrEmpty(name))
        {
            throw new InvalidDataException($"{source}: a property has no \"name\".");
        }

        var typeName = property.TryGetProperty("type", out var typeElement) ? typeElement.GetString() : null;
        if (!PropertyTypeNames.TryParse(typeName, out var type))
        {
            throw new InvalidDataException($"{source}: property \"{name}\" has unknown type \"{typeName}\".");
        }

        var options = new HashSet<string>(StringComparer.Ordinal);
        if (property.TryGetProperty("options", out var optionsElement) && optionsElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in optionsElement.EnumerateArray())
            {
                if (option.TryGetProperty("value", out var value) && value.GetString() is { } optionValue)
                {
                    options.Add(optionValue);
                }
            }
        }

        var hasMetadata = property.TryGetProperty("modificationMetadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object;
        var readOnlyValue = hasMetadata && IsTrue(metadata, "readOnlyValue");

        return new PropertyDefinition
        {
            Name = name,
            Type = type,
            FieldType = property.TryGetProperty("fieldType", out var fieldType) ? fieldType.GetString() ?? "text" : "text",
            Options = options,
            HasExternalOptions = IsTrue(property, "externalOptions"),
            IsReadOnlyValue = readOnlyValue || IsTrue(property, "calculated"),
            HasUniqueValue = IsTrue(property, "hasUniqueValue"),
            Json = Encoding.UTF8.GetBytes(property.GetRawText()),
            IsDefinedThroughApi = definedThroughApi,
            GroupName = property.TryGetProperty("groupName", out var group) && group.ValueKind == JsonValueKind.String ? group.GetString()! : "",
            IsArchived = IsTrue(property, "archived"),
            IsReadOnlyDefinition = hasMetadata && IsTrue(metadata, "readOnlyDefinition"),
            IsArchivable = !hasMetadata || !metadata.TryGetProperty("archivable", out var archivable) || archivable.ValueKind != JsonValueKind.False,
        };
    }

    private static bool IsTrue(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
