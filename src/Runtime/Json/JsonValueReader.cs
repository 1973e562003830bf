using System.Text.Json;

namespace Spoke.Json;

/// <summary>
/// Reads one JSON value (a record, an association, a property definition…) from a reader positioned on its first token,
/// leaving the reader on its last token. Records are read by the generated types or <see cref="CrmObject"/>, so every
/// operation is written once for typed and untyped use.
/// </summary>
internal delegate T JsonValueReader<out T>(ref Utf8JsonReader reader);
