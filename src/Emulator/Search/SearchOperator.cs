namespace Spoke.Emulator.Search;

/// <summary>The 13 filter operators of HubSpot's search API.</summary>
internal enum SearchOperator
{
    EQ,
    NEQ,
    LT,
    LTE,
    GT,
    GTE,
    BETWEEN,
    IN,
    NOT_IN,
    HAS_PROPERTY,
    NOT_HAS_PROPERTY,
    CONTAINS_TOKEN,
    NOT_CONTAINS_TOKEN,
}
