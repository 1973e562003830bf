namespace Spoke.Emulator.State.Indexes;

/// <summary>
/// The first and last (up to) 8 characters of an ASCII text packed into one number each, so prefix and suffix tests
/// (wildcard tokens such as <c>*.com</c> or <c>acme*</c>) can run on a compact column instead of reading each string.
/// </summary>
internal readonly record struct TextEnds(ulong Head, ulong Tail, int Length)
{
    /// <summary>How many characters each end holds.</summary>
    public const int Width = 8;

    /// <summary>Marks a text that is not ASCII, whose ends are not packed.</summary>
    public static readonly TextEnds Unpacked = new(0, 0, -1);

    public bool IsPacked => Length >= 0;

    public static TextEnds Of(ReadOnlySpan<char> text)
    {
        if (!System.Text.Ascii.IsValid(text))
        {
            return Unpacked;
        }

        return new TextEnds(HeadOf(text), TailOf(text), text.Length);
    }

    /// <summary>The first characters, the first one in the lowest byte.</summary>
    public static ulong HeadOf(ReadOnlySpan<char> text)
    {
        ulong packed = 0;
        for (var at = Math.Min(Width, text.Length) - 1; at >= 0; at--)
        {
            packed = (packed << 8) | text[at];
        }

        return packed;
    }

    /// <summary>The last characters, the last one in the lowest byte.</summary>
    public static ulong TailOf(ReadOnlySpan<char> text)
    {
        ulong packed = 0;
        var count = Math.Min(Width, text.Length);
        for (var at = text.Length - count; at < text.Length; at++)
        {
            packed = (packed << 8) | text[at];
        }

        return packed;
    }

    /// <summary>The bits of the first (or last) <paramref name="count"/> packed characters.</summary>
    public static ulong Mask(int count) => count >= Width ? ulong.MaxValue : (1UL << (8 * count)) - 1;
}
