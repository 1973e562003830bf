namespace Spoke.Associations;

/// <summary>
/// An association label was asked for by name, and no association type between the two object types has that label.
/// Thrown before anything is sent to create the association.
/// </summary>
public sealed class AssociationLabelNotFoundException : ArgumentException
{
    /// <summary>Creates the exception; the message names the labels that do exist.</summary>
    /// <param name="label">The label that was asked for.</param>
    /// <param name="fromObjectType">The object type the association starts from.</param>
    /// <param name="toObjectType">The object type it points to.</param>
    /// <param name="availableLabels">The labelled types defined between the two object types.</param>
    public AssociationLabelNotFoundException(string label, string fromObjectType, string toObjectType, IReadOnlyList<AssociationTypeLabel> availableLabels)
        : base(Describe(label, fromObjectType, toObjectType, availableLabels))
    {
        Label = label;
        FromObjectType = fromObjectType;
        ToObjectType = toObjectType;
        AvailableLabels = availableLabels;
    }

    /// <summary>The label that was asked for.</summary>
    public string Label { get; }

    /// <summary>The object type the association starts from.</summary>
    public string FromObjectType { get; }

    /// <summary>The object type it points to.</summary>
    public string ToObjectType { get; }

    /// <summary>The labelled association types that exist between the two object types, with their ids.</summary>
    public IReadOnlyList<AssociationTypeLabel> AvailableLabels { get; }

    private static string Describe(string label, string from, string to, IReadOnlyList<AssociationTypeLabel> available) =>
        $"No {from} → {to} association type has the label \"{label}\". "
        + (available.Count == 0
            ? "The account defines no labels for this pair; "
            : $"Labels defined: {string.Join(", ", available.Select(type => $"\"{type.Label}\" ({type.Spec})"))}. Use one of them, or ")
        + "create the label first with CreateAssociationLabelAsync.";
}
