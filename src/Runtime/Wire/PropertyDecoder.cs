using System.ComponentModel;

namespace Spoke.Wire;

/// <summary>
/// Decodes one property's wire string into the boxed value its typed member holds. A generated record's
/// <see cref="RecordLayout"/> keeps one per property; <see cref="WireDecoder"/> supplies them.
/// </summary>
/// <param name="wireValue">The wire string.</param>
/// <param name="value">The decoded value, or <see langword="null"/> when empty.</param>
/// <returns><see langword="false"/> when the string cannot be read as the property's type.</returns>
/// <remarks>For generated code: hidden from IntelliSense, and not meant to be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool PropertyDecoder(string? wireValue, out object? value);
