namespace Spoke.Emulator.Writes;

/// <summary>The unique values claimed by earlier inputs of the same batch, so two inputs cannot take one value.</summary>
internal sealed class UniqueValueClaims
{
    private readonly Dictionary<(string Property, string Value), long?> claimed = [];

    public static UniqueValueClaims None => new();

    /// <summary>Claims a value for a record (null for a record not yet created); false when another input holds it.</summary>
    public bool TryClaim(string property, string value, long? recordId)
    {
        var key = (property, value.ToLowerInvariant());
        if (claimed.TryGetValue(key, out var holder))
        {
            return holder is not null && holder == recordId;
        }

        claimed[key] = recordId;
        return true;
    }
}
