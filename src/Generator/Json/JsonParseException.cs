using System;

namespace Spoke.Generator.Json;

/// <summary>Malformed JSON at a character offset. Caught at the reading boundary and turned into a diagnostic.</summary>
internal sealed class JsonParseException : Exception
{
    public JsonParseException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    public int Position { get; }
}
