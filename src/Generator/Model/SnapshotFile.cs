namespace Spoke.Generator.Model;

/// <summary>A snapshot file's path and content (<see langword="null"/> when it could not be read), the first pipeline value.</summary>
internal sealed record SnapshotFile(string Path, string? Content);
