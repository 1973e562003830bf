namespace Spoke.Generator.Model;

/// <summary>One generated stage member with its metadata, the typed values already parsed from it.</summary>
/// <param name="EnumMemberName">The stage property's enum member for the stage.</param>
/// <param name="Probability">The <c>probability</c> metadata as a C# decimal literal, or <see langword="null"/>.</param>
internal sealed record StageSpec(
    string MemberName,
    string EnumMemberName,
    string Id,
    string Label,
    int DisplayOrder,
    EquatableArray<StageMetadataSpec> Metadata,
    string? Probability,
    bool? IsClosed,
    string? TicketState);
