namespace Spoke.Emulator;

/// <summary>
/// Fault injection. Decisions are drawn from <see cref="Seed"/> and each rule's own count of matching requests, so the
/// same sequence of requests meets the same faults on every run.
/// </summary>
public sealed class EmulatorFaults
{
    /// <summary>The seed of every fault decision.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The rules, checked in order; the first rule that fires decides the request's fault.</summary>
    public IList<FaultRule> Rules { get; } = new List<FaultRule>();
}
