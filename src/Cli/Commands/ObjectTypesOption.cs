using System.CommandLine;
using System.CommandLine.Parsing;
using Spoke.Cli.Schema;

namespace Spoke.Cli.Commands;

/// <summary><c>--objects contacts,companies</c>: a comma-separated (or repeated) list of object type names.</summary>
internal static class ObjectTypesOption
{
    /// <summary>Creates the option.</summary>
    public static Option<string[]> Create() => new("--objects")
    {
        Description = "Object types to pull, comma-separated (for example contacts,companies,deals or a custom object's fully qualified name).",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = Parse,
    };

    private static string[] Parse(ArgumentResult result)
    {
        var names = result.Tokens
            .SelectMany(token => token.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        foreach (var name in names.Where(name => !SchemaSelection.IsValidObjectType(name)))
        {
            result.AddError($"'{name}' is not an object type name: use letters, digits, '_' and '-' only (for example contacts or 2-3465404).");
        }

        if (names.Length == 0)
        {
            result.AddError("--objects needs at least one object type, for example --objects contacts,companies.");
        }

        return names;
    }
}
