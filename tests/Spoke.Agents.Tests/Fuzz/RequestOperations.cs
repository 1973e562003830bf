using Spoke.Agents.Policy;

namespace Spoke.Agents.Tests.Fuzz;

/// <summary>What a HubSpot request does to which object types, as the policy counts it, read from its method and path.</summary>
internal static class RequestOperations
{
    public static IEnumerable<(CrmObjectType ObjectType, RecordOperation Operation)> Of(HttpMethod method, string path, ObjectTypeResolver objectTypes)
    {
        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        CrmObjectType Type(int index) => objectTypes.TryResolve(segments[index], out var type)
            ? type
            : throw new InvalidOperationException($"{method} {path} names no known object type.");

        var reads = method == HttpMethod.Get;
        switch (segments)
        {
            case ["crm", "v3", "objects", _, ..]:
                var operation = method == HttpMethod.Delete || segments[^1] == "archive" ? RecordOperation.Delete
                    : reads || segments[^1] == "search" || (segments.Length > 5 && segments[^2] == "batch" && segments[^1] == "read") ? RecordOperation.Read
                    : RecordOperation.Write;
                yield return (Type(3), operation);
                break;
            case ["crm", "v3", "properties", _, ..]:
                yield return (Type(3), RecordOperation.Read);
                break;
            case ["crm", "v3", "pipelines", _, ..] when reads:
                yield return (Type(3), RecordOperation.Read);
                break;
            case ["crm", "v4", "objects", _, _, "associations", ..]:
                var associationType = segments[6] == "default" ? 7 : 6;
                yield return (Type(3), reads ? RecordOperation.Read : RecordOperation.Write);
                yield return (Type(associationType), reads ? RecordOperation.Read : RecordOperation.Write);
                break;
            case ["crm", "v4", "associations", _, _, ..]:
                var read = reads || (segments.Length > 6 && segments[5] == "batch" && segments[6] == "read");
                yield return (Type(3), read ? RecordOperation.Read : RecordOperation.Write);
                yield return (Type(4), read ? RecordOperation.Read : RecordOperation.Write);
                break;
            case ["account-info", "v3", "details"] when reads:
                // The account's portal id, read once for record links: no CRM records.
                break;
            case ["crm", "v3", "owners", ..] when reads:
            case ["oauth", "v2", "private-apps", "get", "access-token-info"]:
                // Owners (checked against the policy's owners access by the caller) and the token's own scopes: no CRM records.
                break;
            default:
                throw new InvalidOperationException($"{method} {path} is not a request the tools are expected to make.");
        }
    }
}
