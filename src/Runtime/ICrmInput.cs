namespace Spoke;

/// <summary>
/// The properties of a create, update or upsert: only what the caller set, with <see langword="null"/> sent as <c>""</c>
/// (which clears the property in HubSpot). The client writes the request around them.
/// </summary>
public interface ICrmInput
{
    /// <summary>The properties that were set, as wire strings in the order they were first set; <c>""</c> clears a property.</summary>
    IReadOnlyDictionary<string, string> Changes { get; }
}

/// <summary>An input for records of type <typeparamref name="TRecord"/>; generated as <c>{Record}Input</c>.</summary>
/// <typeparam name="TRecord">The generated record the input creates or updates.</typeparam>
public interface ICrmInput<TRecord> : ICrmInput
    where TRecord : CrmRecord, ICrmObject<TRecord>;
