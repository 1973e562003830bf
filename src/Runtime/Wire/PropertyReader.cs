using System.Text.Json;

namespace Spoke.Wire;

/// <summary>
/// Reads one property's value from a <see cref="Utf8JsonReader"/> positioned on it into a record. Generated records keep one per
/// property, so that reading a property runs a small method instead of one branch of a method with hundreds of them (whose
/// stack frame, zeroed on every call, grows with the number of properties).
/// </summary>
/// <typeparam name="TRecord">The generated record.</typeparam>
/// <param name="record">The record being read.</param>
/// <param name="reader">The reader, positioned on the value.</param>
public delegate void PropertyReader<in TRecord>(TRecord record, ref Utf8JsonReader reader);
