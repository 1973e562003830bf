using System.Globalization;

namespace Spoke.Emulator.CommandLine;

/// <summary>Parses a <c>--fault</c> value such as <c>kind=status,status=503,percent=10,path=/crm/v3/objects/*</c>.</summary>
internal static class FaultSpec
{
    public static FaultRule Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new CommandLineError($"--fault takes key=value pairs, but got \"{pair}\".");
            }

            fields[parts[0]] = parts[1];
        }

        var kind = fields.GetValueOrDefault("kind")?.ToLowerInvariant() switch
        {
            "status" => FaultKind.Status,
            "latency" => FaultKind.Latency,
            "drop" => FaultKind.DropConnection,
            "lose-response" => FaultKind.LoseResponseAfterWrite,
            var other => throw new CommandLineError($"--fault kind must be status, latency, drop or lose-response, but was \"{other}\"."),
        };
        var percent = fields.TryGetValue("percent", out var percentText)
            ? double.TryParse(percentText, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 100
                ? p
                : throw new CommandLineError($"--fault percent must be a number from 0 to 100, but was \"{percentText}\".")
            : 100;
        return new FaultRule(kind)
        {
            Percentage = percent,
            StatusCode = fields.TryGetValue("status", out var status) ? EmulatorArguments.Integer("--fault status", status, 400, 599) : 503,
            Latency = TimeSpan.FromMilliseconds(fields.TryGetValue("ms", out var ms) ? EmulatorArguments.Integer("--fault ms", ms, 0, 600_000) : 200),
            Method = fields.GetValueOrDefault("method"),
            PathPattern = fields.GetValueOrDefault("path"),
        };
    }
}
