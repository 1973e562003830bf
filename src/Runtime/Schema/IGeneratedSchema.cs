namespace Spoke.Schema;

/// <summary>
/// Implemented by generated records: the schema snapshot they were generated from (names, labels, types, groups and picklist
/// options; descriptions are left out), so an app can compare it with the live schema at start-up.
/// </summary>
public interface IGeneratedSchema
{
    /// <summary>The schema the record type was generated from.</summary>
    static abstract CrmObjectSchema GeneratedSchema { get; }
}
