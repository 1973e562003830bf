namespace Spoke.Webhooks.Tests.EndToEnd;

/// <summary>One request the emulator sent to the receiver, as it arrived, and what the receiver answered.</summary>
internal sealed record RecordedDelivery(byte[] Body, IReadOnlyDictionary<string, string> Headers, int Status);
