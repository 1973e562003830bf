namespace Spoke.Emulator;

/// <summary>What happened to a record; each kind maps to one HubSpot webhook subscription type.</summary>
public enum EmulatorChangeKind
{
    /// <summary>A record was created (<c>{object}.creation</c>).</summary>
    Created,

    /// <summary>One property value changed (<c>{object}.propertyChange</c>), including on creation.</summary>
    PropertyChanged,

    /// <summary>A record was archived or deleted (<c>{object}.deletion</c>).</summary>
    Archived,

    /// <summary>A contact was erased for good through GDPR delete (<c>contact.privacyDeletion</c>).</summary>
    PrivacyDeleted,

    /// <summary>Two records were merged (<c>{object}.merge</c>).</summary>
    Merged,

    /// <summary>An association type was added between two records (<c>{object}.associationChange</c>).</summary>
    AssociationAdded,

    /// <summary>An association type was removed between two records (<c>{object}.associationChange</c>).</summary>
    AssociationRemoved,
}
