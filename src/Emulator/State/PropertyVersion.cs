namespace Spoke.Emulator.State;

/// <summary>One value a property took (<c>ValueWithTimestamp</c>): <c>""</c> when it was cleared.</summary>
internal readonly record struct PropertyVersion(string Value, DateTimeOffset Timestamp, string SourceType);
