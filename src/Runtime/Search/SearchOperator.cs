namespace Spoke.Search;

/// <summary>The thirteen operators of HubSpot's CRM search filters.</summary>
public enum SearchOperator
{
    /// <summary><c>EQ</c>: equal to <c>value</c>.</summary>
    Eq,

    /// <summary><c>NEQ</c>: not equal to <c>value</c>.</summary>
    Neq,

    /// <summary><c>LT</c>: less than <c>value</c>.</summary>
    Lt,

    /// <summary><c>LTE</c>: less than or equal to <c>value</c>.</summary>
    Lte,

    /// <summary><c>GT</c>: greater than <c>value</c>.</summary>
    Gt,

    /// <summary><c>GTE</c>: greater than or equal to <c>value</c>.</summary>
    Gte,

    /// <summary><c>BETWEEN</c>: from <c>value</c> to <c>highValue</c>, inclusive.</summary>
    Between,

    /// <summary><c>IN</c>: one of <c>values</c>.</summary>
    In,

    /// <summary><c>NOT_IN</c>: none of <c>values</c>.</summary>
    NotIn,

    /// <summary><c>HAS_PROPERTY</c>: the property has a value.</summary>
    HasProperty,

    /// <summary><c>NOT_HAS_PROPERTY</c>: the property has no value.</summary>
    NotHasProperty,

    /// <summary><c>CONTAINS_TOKEN</c>: contains the token in <c>value</c>; <c>*</c> is a wildcard.</summary>
    ContainsToken,

    /// <summary><c>NOT_CONTAINS_TOKEN</c>: does not contain the token in <c>value</c>.</summary>
    NotContainsToken,
}
