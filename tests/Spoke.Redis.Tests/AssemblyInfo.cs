// The shared-budget tests measure throughput against real time and read process-wide metrics: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
