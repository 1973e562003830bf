namespace Spoke.Cli;

/// <summary>Where a command writes: results on <see cref="Output"/>, progress and errors on <see cref="Error"/>.</summary>
/// <param name="Output">Standard output: the command's result (for example a diff report).</param>
/// <param name="Error">Standard error: progress and error messages, so stdout stays clean for piping.</param>
internal sealed record CommandContext(TextWriter Output, TextWriter Error);
