namespace Spoke.Emulator.Http;

/// <summary>What an endpoint does, which decides the scopes its token needs. Attached as endpoint metadata.</summary>
internal enum ScopeRequirement
{
    ObjectRead,
    ObjectWrite,
    SchemaRead,
    SchemaWrite,
    CustomSchemaRead,
    OwnersRead,
    AssociationRead,
    AssociationWrite,
    None,
}

/// <summary>The endpoint metadata carrying a <see cref="ScopeRequirement"/>.</summary>
internal sealed record RequiredAccess(ScopeRequirement Requirement);

/// <summary>Declares the access an endpoint needs.</summary>
internal static class RequiredAccessExtensions
{
    public static TBuilder Requires<TBuilder>(this TBuilder builder, ScopeRequirement requirement)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredAccess(requirement));
}
