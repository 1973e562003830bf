using Spoke.Agents.Text;

namespace Spoke.Agents.Tools;

/// <summary>
/// Checks, for a dry run, the enumeration values it would write against the live account's options, as HubSpot checks them
/// on a real write: the input schemas leave options to get_hubspot_schema, so without this a dry run would approve a value
/// the write then fails on. Properties the schema does not know are left to HubSpot, which names them when the write runs.
/// </summary>
internal static class DryRunOptionCheck
{
    public static async Task CheckAsync(ToolServices services, CrmObjectType objectType, IEnumerable<KeyValuePair<string, string?>> values, CancellationToken cancellationToken)
    {
        var properties = (await services.Schemas.GetAsync(objectType, cancellationToken).ConfigureAwait(false)).Properties
            .Where(property => property.Type == "enumeration" && !property.ExternalOptions && property.Options.Count > 0)
            .ToDictionary(property => property.Name, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (string.IsNullOrEmpty(value) || !properties.TryGetValue(name, out var property))
            {
                continue;
            }

            // A multi-select holds "a;b"; a leading ';' adds to the current values.
            var chosen = property.FieldType == "checkbox" ? value.Split(';', StringSplitOptions.RemoveEmptyEntries) : [value];
            var invalid = chosen.FirstOrDefault(option => !property.Options.Any(known => known.Value == option));
            if (invalid is not null)
            {
                throw ToolCallException.Invalid(
                    $"{UntrustedText.Quote(name)} has no option {UntrustedText.Quote(invalid)}; HubSpot would refuse the write. Valid options: "
                    + string.Join(", ", property.Options.Where(option => !option.Hidden).Select(option => option.Value))
                    + ". get_hubspot_schema lists them with their labels.");
            }
        }
    }
}
