namespace Spoke.Generator.Naming;

/// <summary>
/// One difference between the names generated before and after a change (see <see cref="SchemaNaming.Compare"/>). A change is
/// breaking when code compiled against the old generated names may no longer compile, or would compile with another meaning.
/// </summary>
public sealed class NameChange
{
    internal NameChange(NameChangeKind kind, string objectName, string typeId, string? propertyName, string? optionValue, string? before, string? after, string description)
    {
        Kind = kind;
        ObjectName = objectName;
        TypeId = typeId;
        PropertyName = propertyName;
        OptionValue = optionValue;
        Before = before;
        After = after;
        Description = description;
    }

    /// <summary>What changed.</summary>
    public NameChangeKind Kind { get; }

    /// <summary>Whether code compiled against the old names is affected: everything but additions and a property becoming writable.</summary>
    public bool IsBreaking => Kind is not (NameChangeKind.ObjectAdded or NameChangeKind.PropertyAdded or NameChangeKind.BecameWritable or NameChangeKind.OptionAdded);

    /// <summary>The object type's API name.</summary>
    public string ObjectName { get; }

    /// <summary>The object type id.</summary>
    public string TypeId { get; }

    /// <summary>The property's wire name, when the change is about a property, its enum or an option; otherwise <see langword="null"/>.</summary>
    public string? PropertyName { get; }

    /// <summary>The option's wire value, when the change is about an option; otherwise <see langword="null"/>.</summary>
    public string? OptionValue { get; }

    /// <summary>The generated name (or, for <see cref="NameChangeKind.ValueTypeChanged"/>, the C# type) before; <see langword="null"/> for an addition.</summary>
    public string? Before { get; }

    /// <summary>The generated name (or, for <see cref="NameChangeKind.ValueTypeChanged"/>, the C# type) after; <see langword="null"/> for a removal.</summary>
    public string? After { get; }

    /// <summary>One line for people, for example <c>Contact.NotesLastUpDated (notes_last_updated) is now NotesLastUpdated</c>.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public override string ToString() => (IsBreaking ? "breaking: " : "not breaking: ") + Description;
}
