namespace Spoke.Emulator.State.Indexes;

/// <summary>A range of numeric keys; a missing bound leaves that side open.</summary>
internal readonly record struct KeyRange(double? Low, bool LowInclusive, double? High, bool HighInclusive)
{
    /// <summary>Exactly one key.</summary>
    public static KeyRange Exactly(double key) => new(key, true, key, true);
}
