namespace Spoke.Batch;

/// <summary>Progress of a long batch operation, reported after every chunk HubSpot has answered.</summary>
/// <param name="Processed">Inputs with an outcome so far.</param>
/// <param name="Total">All inputs of the operation.</param>
/// <param name="Failed">Inputs that failed so far (included in <paramref name="Processed"/>).</param>
public readonly record struct BatchProgress(int Processed, int Total, int Failed)
{
    /// <summary>Inputs that succeeded so far.</summary>
    public int Succeeded => Processed - Failed;
}
