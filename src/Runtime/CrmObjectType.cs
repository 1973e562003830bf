using System.Diagnostics.CodeAnalysis;

namespace Spoke;

/// <summary>
/// Identifies a HubSpot CRM object type by its API name (<c>contacts</c>) and its type id (<c>0-1</c>).
/// Two instances are equal when their type ids are equal.
/// </summary>
public sealed class CrmObjectType : IEquatable<CrmObjectType>
{
    private readonly string? _singularName;

    private CrmObjectType(string name, string typeId, string? singularName)
    {
        Name = name;
        TypeId = typeId;
        _singularName = singularName;
    }

    /// <summary>The API name used in paths, for example <c>contacts</c> or, for a custom object, its schema <c>name</c>.</summary>
    public string Name { get; }

    /// <summary>The object type id, for example <c>0-1</c> for contacts or <c>2-3465404</c> for a custom object.</summary>
    public string TypeId { get; }

    /// <summary>Whether this is a custom object type (type id starting with <c>2-</c>).</summary>
    public bool IsCustom => TypeId.StartsWith("2-", StringComparison.Ordinal);

    /// <summary>Contacts (<c>0-1</c>).</summary>
    public static CrmObjectType Contacts { get; } = new("contacts", "0-1", "contact");

    /// <summary>Companies (<c>0-2</c>).</summary>
    public static CrmObjectType Companies { get; } = new("companies", "0-2", "company");

    /// <summary>Deals (<c>0-3</c>).</summary>
    public static CrmObjectType Deals { get; } = new("deals", "0-3", "deal");

    /// <summary>Tickets (<c>0-5</c>).</summary>
    public static CrmObjectType Tickets { get; } = new("tickets", "0-5", "ticket");

    /// <summary>Products (<c>0-7</c>).</summary>
    public static CrmObjectType Products { get; } = new("products", "0-7", "product");

    /// <summary>Line items (<c>0-8</c>).</summary>
    public static CrmObjectType LineItems { get; } = new("line_items", "0-8", "line_item");

    /// <summary>Quotes (<c>0-14</c>).</summary>
    public static CrmObjectType Quotes { get; } = new("quotes", "0-14", "quote");

    /// <summary>Communications (<c>0-18</c>).</summary>
    public static CrmObjectType Communications { get; } = new("communications", "0-18", "communication");

    /// <summary>Feedback submissions (<c>0-19</c>).</summary>
    public static CrmObjectType FeedbackSubmissions { get; } = new("feedback_submissions", "0-19", "feedback_submission");

    /// <summary>Tasks (<c>0-27</c>).</summary>
    public static CrmObjectType Tasks { get; } = new("tasks", "0-27", "task");

    /// <summary>Notes (<c>0-46</c>).</summary>
    public static CrmObjectType Notes { get; } = new("notes", "0-46", "note");

    /// <summary>Meetings (<c>0-47</c>).</summary>
    public static CrmObjectType Meetings { get; } = new("meetings", "0-47", "meeting");

    /// <summary>Calls (<c>0-48</c>).</summary>
    public static CrmObjectType Calls { get; } = new("calls", "0-48", "call");

    /// <summary>Emails (<c>0-49</c>).</summary>
    public static CrmObjectType Emails { get; } = new("emails", "0-49", "email");

    /// <summary>Invoices (<c>0-53</c>).</summary>
    public static CrmObjectType Invoices { get; } = new("invoices", "0-53", "invoice");

    /// <summary>Marketing events (<c>0-54</c>).</summary>
    public static CrmObjectType MarketingEvents { get; } = new("marketing_events", "0-54", "marketing_event");

    /// <summary>Subscriptions (<c>0-69</c>).</summary>
    public static CrmObjectType Subscriptions { get; } = new("subscriptions", "0-69", "subscription");

    /// <summary>Goals (<c>0-74</c>).</summary>
    public static CrmObjectType Goals { get; } = new("goal_targets", "0-74", "goal_target");

    /// <summary>Payments (<c>0-101</c>).</summary>
    public static CrmObjectType Payments { get; } = new("commerce_payments", "0-101", "commerce_payment");

    /// <summary>Users (<c>0-115</c>).</summary>
    public static CrmObjectType Users { get; } = new("users", "0-115", "user");

    /// <summary>Postal mail (<c>0-116</c>).</summary>
    public static CrmObjectType PostalMail { get; } = new("postal_mail", "0-116", "postal_mail");

    /// <summary>Orders (<c>0-123</c>).</summary>
    public static CrmObjectType Orders { get; } = new("orders", "0-123", "order");

    /// <summary>Leads (<c>0-136</c>).</summary>
    public static CrmObjectType Leads { get; } = new("leads", "0-136", "lead");

    /// <summary>Carts (<c>0-142</c>).</summary>
    public static CrmObjectType Carts { get; } = new("carts", "0-142", "cart");

    /// <summary>Services (<c>0-162</c>).</summary>
    public static CrmObjectType Services { get; } = new("services", "0-162", "service");

    /// <summary>Courses (<c>0-410</c>).</summary>
    public static CrmObjectType Courses { get; } = new("courses", "0-410", "course");

    /// <summary>Listings (<c>0-420</c>).</summary>
    public static CrmObjectType Listings { get; } = new("listings", "0-420", "listing");

    /// <summary>Appointments (<c>0-421</c>).</summary>
    public static CrmObjectType Appointments { get; } = new("appointments", "0-421", "appointment");

    /// <summary>Projects (<c>0-970</c>).</summary>
    public static CrmObjectType Projects { get; } = new("projects", "0-970", "project");

    // Declared after the properties it lists: static initializers run in text order.
    private static readonly CrmObjectType[] WellKnown =
    [
        Contacts,
        Companies,
        Deals,
        Tickets,
        Products,
        LineItems,
        Quotes,
        Communications,
        FeedbackSubmissions,
        Tasks,
        Notes,
        Meetings,
        Calls,
        Emails,
        Invoices,
        MarketingEvents,
        Subscriptions,
        Goals,
        Payments,
        Users,
        PostalMail,
        Orders,
        Leads,
        Carts,
        Services,
        Courses,
        Listings,
        Appointments,
        Projects,
    ];

    /// <summary>Every HubSpot-defined object type Spoke knows by name.</summary>
    public static IReadOnlyList<CrmObjectType> All => WellKnown;

    /// <summary>Creates the identity of a custom object type from its schema.</summary>
    /// <param name="name">The schema <c>name</c>, for example <c>shipment</c>.</param>
    /// <param name="typeId">The schema <c>objectTypeId</c>, for example <c>2-3465404</c>.</param>
    /// <exception cref="ArgumentException">The name is empty or the type id is not of the form <c>2-{digits}</c>.</exception>
    public static CrmObjectType Custom(string name, string typeId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!IsTypeId(typeId) || !typeId.StartsWith("2-", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{typeId}' is not a custom object type id; expected '2-' followed by digits, as in a schema's objectTypeId.", nameof(typeId));
        }

        return new CrmObjectType(name, typeId, singularName: null);
    }

    /// <summary>
    /// Parses an object type from what HubSpot accepts in a path: a plural or singular name (<c>contacts</c>, <c>contact</c>)
    /// or a type id (<c>0-1</c>, <c>2-3465404</c>). Names are matched without regard to case.
    /// </summary>
    /// <param name="value">The name or type id.</param>
    /// <exception cref="FormatException">The value is neither a known object name nor a type id.</exception>
    public static CrmObjectType Parse(string value) =>
        TryParse(value, out var type)
            ? type
            : throw new FormatException($"'{value}' is not a known HubSpot object type. Use a name such as 'contacts' or a type id such as '0-1' or '2-3465404'.");

    /// <summary>Tries to parse an object type; see <see cref="Parse"/>.</summary>
    /// <param name="value">The name or type id.</param>
    /// <param name="type">The object type when this returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the value names a known object type or is a type id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out CrmObjectType? type)
    {
        type = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        foreach (var known in WellKnown)
        {
            if (string.Equals(known.TypeId, value, StringComparison.Ordinal)
                || string.Equals(known.Name, value, StringComparison.OrdinalIgnoreCase)
                || string.Equals(known._singularName, value, StringComparison.OrdinalIgnoreCase))
            {
                type = known;
                return true;
            }
        }

        if (IsTypeId(value))
        {
            type = new CrmObjectType(value, value, singularName: null);
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(CrmObjectType? other) => other is not null && string.Equals(TypeId, other.TypeId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CrmObjectType);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(TypeId);

    /// <summary>Returns the API name, as used in request paths.</summary>
    public override string ToString() => Name;

    /// <summary>Compares two object types by type id.</summary>
    public static bool operator ==(CrmObjectType? left, CrmObjectType? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two object types by type id.</summary>
    public static bool operator !=(CrmObjectType? left, CrmObjectType? right) => !(left == right);

    private static bool IsTypeId(string value)
    {
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash == value.Length - 1)
        {
            return false;
        }

        foreach (var c in value.AsSpan(0, dash))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        foreach (var c in value.AsSpan(dash + 1))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
