using Spoke.Agents.Policy;
using Spoke.Agents.Text;

namespace Spoke.Agents.Tools.Arguments;

/// <summary>Reads an object type argument through the same <see cref="ObjectTypeResolver"/> the policy keys went through.</summary>
internal static class ObjectTypeArgument
{
    public static CrmObjectType Resolve(ObjectTypeResolver objectTypes, string value, string argumentName) =>
        objectTypes.Resolve(value, out var problem)
        ?? throw ToolCallException.Invalid(
            $"'{argumentName}' is {UntrustedText.Quote(value)}, which {problem}. Use one of {objectTypes.DescribeKnown()}: "
            + "the name, its singular (contact), its type id (0-1), or for a custom object p_{{name}} or its fully qualified name.");
}
