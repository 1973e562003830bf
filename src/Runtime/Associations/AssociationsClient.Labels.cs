using System.Text;
using System.Text.Json;
using Spoke.Http;

namespace Spoke.Associations;

/// <summary>The account's association labels: read, create, update and delete them, and find one by name.</summary>
public partial class AssociationsClient
{
    /// <summary>
    /// Reads the association types defined from <typeparamref name="TFrom"/> to <typeparamref name="TTo"/>: HubSpot's
    /// (unlabeled, primary) and the account's own labels.
    /// </summary>
    /// <typeparam name="TFrom">The generated type the associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Each type with its category, id and label (null for the unlabeled type).</returns>
    public virtual Task<IReadOnlyList<AssociationTypeLabel>> GetLabelsAsync<TFrom, TTo>(CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        GetLabelsCoreAsync(TFrom.ObjectType, TTo.ObjectType, cancellationToken);

    /// <summary>Reads the association types defined from one object type to another; see <see cref="GetLabelsAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Each type with its category, id and label (null for the unlabeled type).</returns>
    public virtual Task<IReadOnlyList<AssociationTypeLabel>> GetLabelsAsync(CrmObjectType fromType, CrmObjectType toType, CancellationToken cancellationToken = default) =>
        GetLabelsCoreAsync(fromType, toType, cancellationToken);

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
    /// <exception cref="ArgumentException">No type between the pair has the label; the message lists the labels that exist.</exception>
    public virtual async Task<AssociationType<TFrom, TTo>> GetTypeByLabelAsync<TFrom, TTo>(string label, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        var type = await GetTypeByLabelCoreAsync(TFrom.ObjectType, TTo.ObjectType, label, cancellationToken).ConfigureAwait(false);
        return AssociationType<TFrom, TTo>.FromTypeId(type.TypeId, type.Category);
    }

    /// <summary>Finds the association type with a label between two object types; see <see cref="GetTypeByLabelAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the association starts from.</param>
    /// <param name="toType">The object type it points to.</param>
    /// <param name="label">The label; an exact match wins over one ignoring case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The association type's category and id.</returns>
    /// <exception cref="ArgumentException">No type between the pair has the label; the message lists the labels that exist.</exception>
    public virtual Task<AssociationSpec> GetTypeByLabelAsync(CrmObjectType fromType, CrmObjectType toType, string label, CancellationToken cancellationToken = default) =>
        GetTypeByLabelCoreAsync(fromType, toType, label, cancellationToken);

    /// <summary>
    /// Defines a label between two object types; HubSpot creates an association type for each direction. With
    /// <paramref name="inverseLabel"/>, the two directions read differently (for example Manager and Employee).
    /// </summary>
    /// <typeparam name="TFrom">The generated type the label's associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="label">The label, for example <c>Decision maker</c>.</param>
    /// <param name="inverseLabel">The label seen from the other side, for a paired label.</param>
    /// <param name="name">HubSpot's internal name; derived from <paramref name="label"/> when null (<c>decision_maker</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new association type for this direction, ready for <see cref="CreateAsync{TFrom, TTo}"/>.</returns>
    public virtual async Task<AssociationType<TFrom, TTo>> CreateLabelAsync<TFrom, TTo>(
        string label, string? inverseLabel = null, string? name = null, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        var created = await CreateLabelCoreAsync(TFrom.ObjectType, TTo.ObjectType, label, inverseLabel, name, cancellationToken).ConfigureAwait(false);
        return AssociationType<TFrom, TTo>.FromTypeId(created.Spec.TypeId, created.Spec.Category);
    }

    /// <summary>Defines a label between two object types; see <see cref="CreateLabelAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the label's associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="label">The label, for example <c>Decision maker</c>.</param>
    /// <param name="inverseLabel">The label seen from the other side, for a paired label.</param>
    /// <param name="name">HubSpot's internal name; derived from <paramref name="label"/> when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new association type from <paramref name="fromType"/> to <paramref name="toType"/>.</returns>
    public virtual Task<AssociationTypeLabel> CreateLabelAsync(
        CrmObjectType fromType, CrmObjectType toType, string label, string? inverseLabel = null, string? name = null, CancellationToken cancellationToken = default) =>
        CreateLabelCoreAsync(fromType, toType, label, inverseLabel, name, cancellationToken);

    /// <summary>
    /// Renames one of the account's labels. Without <paramref name="inverseLabel"/>, HubSpot keeps the inverse label of a
    /// paired label; an unpaired label is renamed on both sides.
    /// </summary>
    /// <typeparam name="TFrom">The generated type the label's associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="type">The label's association type in this direction.</param>
    /// <param name="label">The new label.</param>
    /// <param name="inverseLabel">The new label seen from the other side, if it changes too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has renamed the label.</returns>
    public virtual Task UpdateLabelAsync<TFrom, TTo>(AssociationType<TFrom, TTo> type, string label, string? inverseLabel = null, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        ArgumentNullException.ThrowIfNull(type);
        return UpdateLabelCoreAsync(TFrom.ObjectType, TTo.ObjectType, type.Spec, label, inverseLabel, cancellationToken);
    }

    /// <summary>Renames one of the account's labels; see <see cref="UpdateLabelAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the label's associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="type">The label's association type in this direction.</param>
    /// <param name="label">The new label.</param>
    /// <param name="inverseLabel">The new label seen from the other side, if it changes too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has renamed the label.</returns>
    public virtual Task UpdateLabelAsync(
        CrmObjectType fromType, CrmObjectType toType, AssociationSpec type, string label, string? inverseLabel = null, CancellationToken cancellationToken = default) =>
        UpdateLabelCoreAsync(fromType, toType, type, label, inverseLabel, cancellationToken);

    /// <summary>Deletes one of the account's labels in both directions; HubSpot removes it from every pair of records that had it.</summary>
    /// <typeparam name="TFrom">The generated type the label's associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="type">The label's association type in this direction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has deleted the label.</returns>
    public virtual Task DeleteLabelAsync<TFrom, TTo>(AssociationType<TFrom, TTo> type, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        ArgumentNullException.ThrowIfNull(type);
        return DeleteLabelCoreAsync(TFrom.ObjectType, TTo.ObjectType, type.Spec, cancellationToken);
    }

    /// <summary>Deletes one of the account's labels in both directions; see <see cref="DeleteLabelAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the label's associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="type">The label's association type in this direction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has deleted the label.</returns>
    public virtual Task DeleteLabelAsync(CrmObjectType fromType, CrmObjectType toType, AssociationSpec type, CancellationToken cancellationToken = default) =>
        DeleteLabelCoreAsync(fromType, toType, type, cancellationToken);

    private async Task<IReadOnlyList<AssociationTypeLabel>> GetLabelsCoreAsync(CrmObjectType fromType, CrmObjectType toType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        var request = new HubSpotRequest(HttpMethod.Get, CrmPaths.AssociationLabels(fromType, toType), RequestKind.Read);
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var types = AssociationsResponseReader.ReadTypes(response.Content);
        _labels.Set(fromType, toType, types);
        return types;
    }

    private async Task<AssociationSpec> GetTypeByLabelCoreAsync(CrmObjectType fromType, CrmObjectType toType, string label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (_labels.TryGet(fromType, toType, out var cached) && Match(cached, label) is { } known)
        {
            return known;
        }

        var types = await GetLabelsCoreAsync(fromType, toType, cancellationToken).ConfigureAwait(false);
        return Match(types, label) ?? throw UnknownLabel(label, fromType, toType, types);
    }

    private async Task<AssociationTypeLabel> CreateLabelCoreAsync(
        CrmObjectType fromType, CrmObjectType toType, string label, string? inverseLabel, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var internalName = name ?? NameOf(label);
        var request = LabelRequest(HttpMethod.Post, fromType, toType, RequestKind.NonIdempotentWrite, label, inverseLabel, writer => writer.WriteString("name", internalName));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        _labels.Forget(fromType, toType);

        // HubSpot answers with the types of both directions and does not say which is which; the new type of this
        // direction is the one the pair's own listing shows with the label.
        var createdIds = AssociationsResponseReader.ReadTypes(response.Content).Select(type => type.Spec.TypeId).ToHashSet();
        var types = await GetLabelsCoreAsync(fromType, toType, cancellationToken).ConfigureAwait(false);
        return types.FirstOrDefault(type => createdIds.Contains(type.Spec.TypeId) && type.Label == label)
            ?? types.FirstOrDefault(type => createdIds.Contains(type.Spec.TypeId))
            ?? throw new HubSpotException(
                response.Status,
                $"HubSpot created the label '{label}' ({fromType.Name} to {toType.Name}, association type ids {string.Join(", ", createdIds.Order())}), "
                + "but its list of the pair's labels does not show it yet. The label exists: read it with GetLabelsAsync "
                + "in a moment rather than creating it again.");
    }

    private async Task UpdateLabelCoreAsync(
        CrmObjectType fromType, CrmObjectType toType, AssociationSpec type, string label, string? inverseLabel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(type.TypeId, nameof(type));
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var request = LabelRequest(HttpMethod.Put, fromType, toType, RequestKind.IdempotentWrite, label, inverseLabel, writer => writer.WriteNumber("associationTypeId", type.TypeId));
        await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        _labels.Forget(fromType, toType);
    }

    private async Task DeleteLabelCoreAsync(CrmObjectType fromType, CrmObjectType toType, AssociationSpec type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(type.TypeId, nameof(type));
        var request = new HubSpotRequest(HttpMethod.Delete, CrmPaths.AssociationLabel(fromType, toType, type.TypeId), RequestKind.IdempotentWrite);
        await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        _labels.Forget(fromType, toType);
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

    private static ArgumentException UnknownLabel(string label, CrmObjectType fromType, CrmObjectType toType, IReadOnlyList<AssociationTypeLabel> types)
    {
        var labelled = types.Where(static type => type.Label is not null).ToList();
        return new ArgumentException(
            $"No {fromType.Name} → {toType.Name} association type has the label \"{label}\". "
            + (labelled.Count == 0
                ? "The account defines no labels for this pair; "
                : $"Labels defined: {string.Join(", ", labelled.Select(static type => $"\"{type.Label}\" ({type.Spec})"))}. Use one of them, or ")
            + "create the label first with CreateLabelAsync.",
            nameof(label));
    }

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
