namespace Spoke.Cli.Progress;

/// <summary>How far a long command has got: steps done of the steps known so far, and the time taken.</summary>
/// <param name="Completed">Steps done.</param>
/// <param name="Total">Steps known so far; it can grow (a pull of custom objects finds their pipelines as it goes).</param>
/// <param name="Elapsed">Time since the work started.</param>
internal readonly record struct WorkProgress(int Completed, int Total, TimeSpan Elapsed);
