using System.Text;
using System.Text.Json;
using Spoke.Associations;
using Spoke.Operations.Http;

namespace Spoke;

public sealed partial class HubSpotClient
{
    private readonly AssociationLabelCache _associationLabels = new();

    /// <summary>
    /// Reads the association types defined from <typeparamref name="TFrom"/> to <typeparamref name="TTo"/>: HubSpot's
    /// (unlabeled, primary) and the account's own labels.
    /// </summary>
    /// <typeparam name="TFrom">The generated type the associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Each type with its category, id and label (null for the unlabeled type).</returns>
    public Task<IReadOnlyList<AssociationTypeLabel>> GetAssociationLabelsAsync<TFrom, TTo>(CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        GetAssociationLabelsAsync(TFrom.ObjectType, TTo.ObjectType, cancellationToken);

    /// <summary>Reads the association types defined from one object type to another (untyped).</summary>
    /// <param name="fromType">The object type the associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Each type with its category, id and label (null for the unlabeled type).</returns>
    public async Task<IReadOnlyList<AssociationTypeLabel>> GetAssociationLabelsAsync(CrmObjectType fromType, CrmObjectType toType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        var response = await SendAsync(new HubSpotRequest(HttpMethod.Get, CrmPaths.AssociationLabels(fromType, toType), RequestKind.Read), cancellationToken).ConfigureAwait(false);
        var types = AssociationsResponseReader.ReadTypes(response.Body);
        _associationLabels.Set(fromType, toType, types);
        return types;
    }

    /// <summary>
    /// Defines a label between two object types. HubSpot creates a type for each direction: the other direction gets
    /// <paramref name="inverseLabel"/> (a paired label such as Manager / Employee) or, without one, the same label.
    /// </summary>
    /// <typeparam name="TFrom">The generated type the label's associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="label">The label, for example <c>Decision maker</c>.</param>
    /// <param name="inverseLabel">The label seen from a <typeparamref name="TTo"/> record, for a paired label.</param>
    /// <param name="name">HubSpot's internal name; derived from <paramref name="label"/> (<c>decision_maker</c>) when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new association type for this direction, ready for <see cref="CreateAssociationAsync{TFrom, TTo}(AssociationType{TFrom, TTo}, string, string, CancellationToken)"/>.</returns>
    public async Task<AssociationType<TFrom, TTo>> CreateAssociationLabelAsync<TFrom, TTo>(
        string label, string? inverseLabel = null, string? name = null, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        var created = await CreateAssociationLabelAsync(TFrom.ObjectType, TTo.ObjectType, label, inverseLabel, name, cancellationToken).ConfigureAwait(false);
        return AssociationType<TFrom, TTo>.FromTypeId(created.Spec.TypeId, created.Spec.Category);
    }

    /// <summary>Defines a label between two object types (untyped); see <see cref="CreateAssociationLabelAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the label's associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="label">The label, for example <c>Decision maker</c>.</param>
    /// <param name="inverseLabel">The label seen from the other side, for a paired label.</param>
    /// <param name="name">HubSpot's internal name; derived from <paramref name="label"/> when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new association type from <paramref name="fromType"/> to <paramref name="toType"/>.</returns>
    public async Task<AssociationTypeLabel> CreateAssociationLabelAsync(
        CrmObjectType fromType, CrmObjectType toType, string label, string? inverseLabel = null, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var internalName = name ?? NameOf(label);
        var request = LabelRequest(HttpMethod.Post, fromType, toType, RequestKind.NonIdempotentWrite, label, inverseLabel, writer => writer.WriteString("name", internalName));
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        _associationLabels.Forget(fromType, toType);

        // HubSpot answers with the types of both directions and does not say which is which; the new type of this
        // direction is the one the pair's own listing shows with the label.
        var createdIds = AssociationsResponseReader.ReadTypes(response.Body).Select(type => type.Spec.TypeId).ToHashSet();
        var types = await GetAssociationLabelsAsync(fromType, toType, cancellationToken).ConfigureAwait(false);
        return types.FirstOrDefault(type => createdIds.Contains(type.Spec.TypeId) && type.Label == label)
            ?? types.FirstOrDefault(type => createdIds.Contains(type.Spec.TypeId))
            ?? throw new HubSpotException(
                $"HubSpot created the label '{label}' ({fromType.Name} to {toType.Name}, association type ids {string.Join(", ", createdIds.Order())}), "
                + "but its list of the pair's labels does not show it yet. The label exists: read it with GetAssociationLabelsAsync "
                + "in a moment rather than creating it again.");
    }

    /// <summary>
    /// Renames one of the account's labels. Without <paramref name="inverseLabel"/>, HubSpot keeps the inverse label of a
    /// paired label; an unpaired label is renamed on both sides.
    /// </summary>
    /// <param name="fromType">The object type the label's associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="typeId">The label's association type id in this direction.</param>
    /// <param name="label">The new label.</param>
    /// <param name="inverseLabel">The new label seen from the other side, if it changes too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has renamed the label.</returns>
    public async Task UpdateAssociationLabelAsync(
        CrmObjectType fromType, CrmObjectType toType, int typeId, string label, string? inverseLabel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(typeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var request = LabelRequest(HttpMethod.Put, fromType, toType, RequestKind.IdempotentWrite, label, inverseLabel, writer => writer.WriteNumber("associationTypeId", typeId));
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
        _associationLabels.Forget(fromType, toType);
    }

    /// <summary>Renames one of the account's labels; see <see cref="UpdateAssociationLabelAsync(CrmObjectType, CrmObjectType, int, string, string?, CancellationToken)"/>.</summary>
    /// <typeparam name="TFrom">The generated type the label's associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="type">The label's association type in this direction.</param>
    /// <param name="label">The new label.</param>
    /// <param name="inverseLabel">The new label seen from the other side, if it changes too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has renamed the label.</returns>
    public Task UpdateAssociationLabelAsync<TFrom, TTo>(AssociationType<TFrom, TTo> type, string label, string? inverseLabel = null, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        ArgumentNullException.ThrowIfNull(type);
        return UpdateAssociationLabelAsync(TFrom.ObjectType, TTo.ObjectType, type.Spec.TypeId, label, inverseLabel, cancellationToken);
    }

    /// <summary>Deletes one of the account's labels in both directions; HubSpot removes it from every pair of records that had it.</summary>
    /// <typeparam name="TFrom">The generated type the label's associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="type">The label's association type in this direction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has deleted the label.</returns>
    public Task DeleteAssociationLabelAsync<TFrom, TTo>(AssociationType<TFrom, TTo> type, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        ArgumentNullException.ThrowIfNull(type);
        return DeleteAssociationLabelAsync(TFrom.ObjectType, TTo.ObjectType, type.Spec.TypeId, cancellationToken);
    }

    /// <summary>Deletes one of the account's labels in both directions; HubSpot removes it from every pair of records that had it.</summary>
    /// <param name="fromType">The object type the label's associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="typeId">The label's association type id in this direction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has deleted the label.</returns>
    public async Task DeleteAssociationLabelAsync(CrmObjectType fromType, CrmObjectType toType, int typeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(typeId);
        await SendAsync(new HubSpotRequest(HttpMethod.Delete, CrmPaths.AssociationLabel(fromType, toType, typeId), RequestKind.IdempotentWrite), cancellationToken).ConfigureAwait(false);
        _associationLabels.Forget(fromType, toType);
    }

    /// <summary>
    /// Finds the association type with a label from <typeparamref name="TFrom"/> to <typeparamref name="TTo"/>. The
    /// definitions are read once per pair and cached; a label not in the cache is looked up again once, so labels created
    /// elsewhere are found.
    /// </summary>
    /// <typeparam name="TFrom">The generated type the association starts from.</typeparam>
    /// <typeparam name="TTo">The generated type it points to.</typeparam>
    /// <param name="label">The label, for example <c>Decision maker</c> or <c>Primary</c>; an exact match wins over one ignoring case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The association type.</returns>
    /// <exception cref="AssociationLabelNotFoundException">No type between the pair has the label; the message lists the labels that do exist.</exception>
    public async Task<AssociationType<TFrom, TTo>> FindAssociationTypeAsync<TFrom, TTo>(string label, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        var spec = await FindAssociationTypeAsync(TFrom.ObjectType, TTo.ObjectType, label, cancellationToken).ConfigureAwait(false);
        return AssociationType<TFrom, TTo>.FromTypeId(spec.TypeId, spec.Category);
    }

    /// <summary>Finds the association type with a label between two object types (untyped); see <see cref="FindAssociationTypeAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the association starts from.</param>
    /// <param name="toType">The object type it points to.</param>
    /// <param name="label">The label; an exact match wins over one ignoring case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The association type's category and id.</returns>
    /// <exception cref="AssociationLabelNotFoundException">No type between the pair has the label; the message lists the labels that do exist.</exception>
    public async Task<AssociationSpec> FindAssociationTypeAsync(CrmObjectType fromType, CrmObjectType toType, string label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (_associationLabels.TryGet(fromType, toType, out var cached) && Match(cached, label) is { } known)
        {
            return known;
        }

        var types = await GetAssociationLabelsAsync(fromType, toType, cancellationToken).ConfigureAwait(false);
        return Match(types, label)
            ?? throw new AssociationLabelNotFoundException(label, fromType.Name, toType.Name, [.. types.Where(type => type.Label is not null)]);
    }

    /// <summary>Links two records with the association type that has a label, found as <see cref="FindAssociationTypeAsync{TFrom, TTo}"/> does.</summary>
    /// <typeparam name="TFrom">The generated type the association starts from.</typeparam>
    /// <typeparam name="TTo">The generated type it points to.</typeparam>
    /// <param name="label">The label, for example <c>Decision maker</c>.</param>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    /// <exception cref="AssociationLabelNotFoundException">No type between the pair has the label.</exception>
    public Task CreateAssociationAsync<TFrom, TTo>(string label, string fromId, string toId, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        CreateAssociationAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, label, cancellationToken);

    /// <summary>Links two records with the association type that has a label (untyped).</summary>
    /// <param name="fromType">The object type the association starts from.</param>
    /// <param name="fromId">The id of the record it starts from.</param>
    /// <param name="toType">The object type it points to.</param>
    /// <param name="toId">The id of the record it points to.</param>
    /// <param name="label">The label, for example <c>Decision maker</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    /// <exception cref="AssociationLabelNotFoundException">No type between the pair has the label.</exception>
    public async Task CreateAssociationAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, string label, CancellationToken cancellationToken = default)
    {
        var spec = await FindAssociationTypeAsync(fromType, toType, label, cancellationToken).ConfigureAwait(false);
        await CreateAssociationAsync(fromType, fromId, toType, toId, spec, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A create or rename of a label: <c>{ key, "label", "inverseLabel"? }</c>.</summary>
    private static HubSpotRequest LabelRequest(
        HttpMethod method, CrmObjectType fromType, CrmObjectType toType, RequestKind kind, string label, string? inverseLabel, Action<Utf8JsonWriter> writeKey) =>
        HubSpotRequest.WithJson(method, CrmPaths.AssociationLabels(fromType, toType), kind, writer =>
        {
            writer.WriteStartObject();
            writeKey(writer);
            writer.WriteString("label", label);
            if (inverseLabel is not null)
            {
                writer.WriteString("inverseLabel", inverseLabel);
            }

            writer.WriteEndObject();
        });

    private static AssociationSpec? Match(IReadOnlyList<AssociationTypeLabel> types, string label) =>
        (types.FirstOrDefault(type => string.Equals(type.Label, label, StringComparison.Ordinal))
            ?? types.FirstOrDefault(type => string.Equals(type.Label, label, StringComparison.OrdinalIgnoreCase)))?.Spec;

    // HubSpot's internal names are lower snake case: "Decision maker" -> "decision_maker".
    private static string NameOf(string label)
    {
        var name = new StringBuilder(label.Length);
        foreach (var character in label.Trim().ToLowerInvariant())
        {
            name.Append(char.IsAsciiLetterOrDigit(character) ? character : '_');
        }

        return name.ToString();
    }
}
