namespace Spoke.Resilience;

/// <summary>How many requests of one kind a caller with many to send should have started now, and when to ask again.</summary>
/// <param name="Requests">The requests to have started: those holding a permit and a few more waiting for one.</param>
/// <param name="Changed">Completes when the advice may have changed: at the next permit granted.</param>
internal readonly record struct ConcurrencyAdvice(int Requests, Task Changed);
