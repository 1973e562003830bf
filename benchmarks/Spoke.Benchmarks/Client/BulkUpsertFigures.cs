using System.Globalization;

namespace Spoke.Benchmarks.Client;

/// <summary>What one bulk upsert run measured.</summary>
/// <param name="Upserted">Records HubSpot confirmed.</param>
/// <param name="Elapsed">Wall-clock time of the whole call.</param>
/// <param name="RequestsSent">HTTP requests the server answered, retries included.</param>
/// <param name="ServerRateLimited">429 responses the server sent.</param>
/// <param name="FailedInputs">Inputs the caller got back as failed.</param>
/// <param name="CallerRateLimited">Failed inputs whose error is a 429, i.e. 429s that reached the caller.</param>
internal sealed record BulkUpsertFigures(
    int Upserted, TimeSpan Elapsed, long RequestsSent, long ServerRateLimited, int FailedInputs, int CallerRateLimited)
{
    /// <summary>Upserted records per second of wall-clock time.</summary>
    public double RecordsPerSecond => Upserted / Elapsed.TotalSeconds;

    /// <summary>The share of the server's ceiling reached.</summary>
    public double ShareOfCeiling => RecordsPerSecond / BulkUpsertRun.CeilingRecordsPerSecond;

    /// <summary>One line for the console and the benchmark log.</summary>
    /// <returns>The figures, invariant culture.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Spoke bulk upsert: {Upserted}/{BulkUpsertRun.RecordCount} records in {Elapsed.TotalSeconds:F2} s = {RecordsPerSecond:F0} records/s, "
        + $"{ShareOfCeiling:P1} of the {BulkUpsertRun.CeilingRecordsPerSecond:F0} records/s ceiling; {RequestsSent} requests sent; "
        + $"429s sent by the server: {ServerRateLimited}; failed inputs: {FailedInputs}, of which by 429 (reaching the caller): {CallerRateLimited}.");
}
