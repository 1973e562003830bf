using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Spoke.Generator.Model;

namespace Spoke.Generator.Diagnostics;

/// <summary>
/// Gathers a snapshot's diagnostics: its reading problems, and the naming and mapping issues the models raised about its objects,
/// located at their objects and properties. A property issue's message arguments are followed by the snapshot name and the
/// property's JSON path, which its message ends with; an object issue carries its whole message.
/// </summary>
internal static class DiagnosticsCollector
{
    public static EquatableArray<DiagnosticSpec> Collect(SnapshotReadResult read, AccountModel account, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticSpec>(read.Diagnostics);
        Dictionary<(string, string), PropertyLocationSpec>? properties = null;
        Dictionary<string, LocationSpec>? objects = null;
        foreach (var issue in account.Issues)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!string.Equals(issue.SnapshotPath, read.Path, StringComparison.Ordinal))
            {
                continue;
            }

            if (issue.PropertyName is null)
            {
                objects ??= ObjectLocations(read);
                objects.TryGetValue(issue.ObjectJsonPath, out var location);
                diagnostics.Add(new DiagnosticSpec(issue.DiagnosticId, location, issue.Arguments));
                continue;
            }

            properties ??= PropertyLocations(read);
            properties.TryGetValue((issue.ObjectJsonPath, issue.PropertyName), out var property);
            diagnostics.Add(new DiagnosticSpec(issue.DiagnosticId, property?.Location, WithSite(issue.Arguments, Path.GetFileNameWithoutExtension(read.Path), property)));
        }

        return diagnostics.ToEquatableArray();
    }

    private static Dictionary<string, LocationSpec> ObjectLocations(SnapshotReadResult read)
    {
        var locations = new Dictionary<string, LocationSpec>(StringComparer.Ordinal);
        foreach (var site in read.ObjectLocations)
        {
            locations[site.JsonPath] = site.Location;
        }

        return locations;
    }

    private static Dictionary<(string, string), PropertyLocationSpec> PropertyLocations(SnapshotReadResult read)
    {
        var locations = new Dictionary<(string, string), PropertyLocationSpec>();
        foreach (var location in read.PropertyLocations)
        {
            locations[(location.ObjectJsonPath, location.PropertyName)] = location;
        }

        return locations;
    }

    private static EquatableArray<string> WithSite(EquatableArray<string> arguments, string snapshotName, PropertyLocationSpec? location)
    {
        var withSite = new string[arguments.Count + 2];
        for (var i = 0; i < arguments.Count; i++)
        {
            withSite[i] = arguments[i];
        }

        withSite[arguments.Count] = snapshotName;
        withSite[arguments.Count + 1] = location?.JsonPath ?? "$";
        return new EquatableArray<string>(withSite);
    }
}
