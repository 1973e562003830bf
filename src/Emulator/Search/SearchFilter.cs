using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Search;

/// <summary>One validated filter, with its values already in the property's stored form.</summary>
/// <param name="Property">The filtered property; null for the <c>associations.{type}</c> pseudo-property.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Values">The comparison values (one; two for BETWEEN; any number for IN and NOT_IN).</param>
internal sealed record SearchFilter(PropertyDefinition? Property, SearchOperator Operator, IReadOnlyList<string> Values)
{
    /// <summary>The object type id of an <c>associations.{type}</c> filter.</summary>
    public string? AssociatedTypeId { get; init; }
}
